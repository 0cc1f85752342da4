import 'server-only';
import type { Actor } from '../domain/roles';
import { cancelExtractionRun, startExtractionRun } from '../extraction/runs';
import type { ExtractionRunView } from '../extraction/run-types';
import { record } from './record';

// An ingest run is stored by its own queries, not in the audit's transaction: each is recorded right after
// it started (or its cancel was asked), and only if it did.

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

/** Cancels an ingest run as `actor`; undefined (nothing recorded) when there is no such run. */
export async function cancelIngestAs(actor: Actor, id: string): Promise<ExtractionRunView | undefined> {
  const run = await cancelExtractionRun(id);
  if (run)
    await record(actor, { action: 'ingest.cancel', target: `ingest:${id}`, summary: `cancelled ingest ${run.name}` });
  return run;
}
