import 'server-only';
import { writeQuery } from '../db/driver';
import type { DocumentRecord } from '../domain/document-record';
import { type ExtractionRecord } from '../domain/extraction-record';
import { prepareDocument } from '../graph/prepare-document';
import { ingestChunk } from '../graph/ingest';

export interface GraphWriteTotals {
  created: number;
  replaced: number;
  unchanged: number;
}

/** Ingests extraction records through the graph ingest path and attaches each document's text. */
export async function writeExtractions(
  items: ReadonlyArray<{ record: ExtractionRecord; document: DocumentRecord }>,
  totals: GraphWriteTotals,
): Promise<void> {
  if (items.length === 0) return;
  const result = await ingestChunk(items.map((item) => prepareDocument(item.record)));
  totals.created += result.created;
  totals.replaced += result.replaced;
  totals.unchanged += result.unchanged;
  const docs = items.map(({ document: d }) => ({
    id: d.id,
    body: d.body,
    answers: d.answers ?? [],
    tags: d.tags ?? [],
    url: d.url ?? null,
    license: d.license ?? null,
  }));
  await writeQuery('graph/documents/attach-text', { docs });
}
