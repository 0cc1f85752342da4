import 'server-only';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes lines as they come, waiting for 'drain' whenever the stream's buffer is full (backpressure). */
export async function writeLines(
  lines: AsyncIterable<string>,
  out: Writable,
  onRow?: (rows: number) => void,
): Promise<{ rows: number; bytes: number }> {
  let rows = 0;
  let bytes = 0;
  for await (const line of lines) {
    rows += 1;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
    if (onRow && rows % 1_000 === 0) onRow(rows);
  }
  return { rows, bytes };
}
