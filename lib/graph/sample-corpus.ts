import 'server-only';
import path from 'node:path';
import { ingestFile, type IngestSummary } from './ingest-file';
import { graphCounts } from './stats';

export const SAMPLE_EXTRACTIONS = path.join(process.cwd(), 'data', 'sample', 'extractions.jsonl');

/** Loads the bundled sample corpus when the graph holds no documents; returns undefined otherwise. */
export async function loadSampleIfEmpty(): Promise<IngestSummary | undefined> {
  const counts = await graphCounts();
  if (counts.documents > 0) return undefined;
  return ingestFile(SAMPLE_EXTRACTIONS, { strict: true });
}
