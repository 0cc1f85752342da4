import 'server-only';
import { exportLines } from './export';
import type { ExportQuery } from './schemas';

/** The export as a byte stream that reads the next page only when the client pulls (backpressure). */
export function exportStream(query: ExportQuery): ReadableStream<Uint8Array> {
  const lines = exportLines(query);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // Up to ~64 kB per pull keeps chunks large without reading ahead of the client.
        let chunk = '';
        while (chunk.length < 65_536) {
          const next = await lines.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += next.value;
        }
        controller.enqueue(encoder.encode(chunk));
      },
      async cancel() {
        await lines.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
