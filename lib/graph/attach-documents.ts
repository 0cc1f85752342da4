import 'server-only';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { writeQuery } from '../db/driver';
import { documentRecordSchema, type DocumentRecord } from '../domain/document-record';
import type { BadLine } from './ingest-file';

export interface AttachSummary {
  documents: number;
  attached: number;
  bad: BadLine[];
}

/** Stores the text of a documents.jsonl file on the matching Document nodes, in chunks. */
export async function attachDocumentText(path: string, chunkSize = 1_000): Promise<AttachSummary> {
  const summary: AttachSummary = { documents: 0, attached: 0, bad: [] };
  let chunk: DocumentRecord[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    const docs = chunk.map((d) => ({
      id: d.id,
      body: d.body,
      answers: d.answers ?? [],
      tags: d.tags ?? [],
      url: d.url ?? null,
      license: d.license ?? null,
    }));
    const [row] = await writeQuery('graph/documents/attach-text', { docs });
    summary.attached += row?.attached ?? 0;
    chunk = [];
  };
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      summary.bad.push({ line, reason: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = documentRecordSchema.safeParse(raw);
    if (!parsed.success) {
      summary.bad.push({
        line,
        reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; '),
      });
      continue;
    }
    summary.documents += 1;
    chunk.push(parsed.data);
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();
  return summary;
}
