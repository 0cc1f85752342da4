import 'server-only';
import type { Actor } from '../domain/roles';
import { cancelExtractionRun, startExtractionRun } from '../extraction/runs';
import type { ExtractionRunView } from '../extraction/run-types';
import { record } from './record';

// Ingest runs live in the server's memory, not in one database transaction: each is recorded right after
// it started (or was cancelled), and only if it did.

/** Starts an ingest (curation and extraction) of an uploaded file as `actor`. */
export async function startIngestAs(
  actor: Actor,
  name: string,
  text: string,
  jaccard: number,
): Promise<ExtractionRunView> {
  const run = await startExtractionRun(name, text, jaccard, { id: actor.id, name: actor.name });
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  await record(actor, {
    action: 'ingest.start',
    target: `ingest:${run.id}`,
    summary: `started ingest ${name} (${lines} lines)`,
    detail: { name, lines, bytes: Buffer.byteLength(text), jaccard },
  });
  return run;
}

/** Cancels an ingest run as `actor`; undefined (nothing recorded) when this process has no such run. */
export async function cancelIngestAs(actor: Actor, id: string): Promise<ExtractionRunView | undefined> {
  const run = cancelExtractionRun(id);
  if (run)
    await record(actor, { action: 'ingest.cancel', target: `ingest:${id}`, summary: `cancelled ingest ${run.name}` });
  return run;
}
