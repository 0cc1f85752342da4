import 'server-only';
import path from 'node:path';
import { AppError } from '../domain/errors';
import { attachDocumentText } from './attach-documents';
import { ingestFile, type IngestSummary } from './ingest-file';
import { graphCounts } from './stats';

export const SAMPLE_EXTRACTIONS = path.join(process.cwd(), 'data', 'sample', 'extractions.jsonl');
export const SAMPLE_DOCUMENTS = path.join(process.cwd(), 'data', 'sample', 'documents.jsonl');

/** Loads the bundled sample corpus (graph, then document text); fails on any bad line. */
export async function loadSample(): Promise<IngestSummary> {
  const summary = await ingestFile(SAMPLE_EXTRACTIONS, { strict: true });
  if (summary.bad.length > 0)
    throw new AppError(
      `The sample corpus has ${summary.bad.length} bad line(s); first: line ${summary.bad[0]!.line}: ${summary.bad[0]!.reason}`,
    );
  const text = await attachDocumentText(SAMPLE_DOCUMENTS);
  if (text.bad.length > 0)
    throw new AppError(`data/sample/documents.jsonl line ${text.bad[0]!.line}: ${text.bad[0]!.reason}`);
  return summary;
}

/** Loads the bundled sample corpus when the graph holds no documents; returns undefined otherwise. */
export async function loadSampleIfEmpty(): Promise<IngestSummary | undefined> {
  const counts = await graphCounts();
  if (counts.documents > 0) return undefined;
  return loadSample();
}
