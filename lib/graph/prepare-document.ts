import { createHash } from 'node:crypto';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES } from '../domain/element-types';
import {
  elementId,
  extractionRecordSchema,
  type DocumentSource,
  type ElementMention,
  type ExtractionRecord,
} from '../domain/extraction-record';
import { cleanSurface, normalizeKey } from '../domain/normalize';

/** A validated extraction record, reduced to what the graph stores. */
export interface PreparedDocument {
  id: string;
  source: DocumentSource;
  title: string;
  /** Hash of everything the document contributes; equal hashes mean re-ingesting changes nothing. */
  hash: string;
  /** Distinct by (type, key), sorted by element id. */
  mentions: ElementMention[];
}

/** Normalizes a validated record: dedupes names per type, keeps the first surface form of each. */
export function prepareDocument(record: ExtractionRecord): PreparedDocument {
  const byId = new Map<string, ElementMention>();
  for (const type of ELEMENT_TYPES) {
    for (const name of record[ELEMENT_TYPE_INFO[type].recordField]) {
      const key = normalizeKey(name);
      const id = elementId(type, key);
      if (!byId.has(id)) byId.set(id, { type, key, surface: cleanSurface(name) });
    }
  }
  const mentions = [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => m);
  const hash = createHash('sha256')
    .update(JSON.stringify([record.source, record.title, mentions.map((m) => [m.type, m.key, m.surface])]))
    .digest('hex')
    .slice(0, 32);
  return { id: record.docId.trim(), source: record.source, title: record.title, hash, mentions };
}

export type LineResult =
  { ok: true; line: number; document: PreparedDocument } | { ok: false; line: number; docId?: string; reason: string };

/** Parses and validates one JSONL line; a failure names the field and the reason. */
export function parseExtractionLine(text: string, line: number): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, line, reason: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, line, reason: 'expected a JSON object' };
  }
  const docId = (raw as Record<string, unknown>).docId;
  const parsed = extractionRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
    return { ok: false, line, docId: typeof docId === 'string' ? docId : undefined, reason };
  }
  return { ok: true, line, document: prepareDocument(parsed.data) };
}

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
      '',
    ) || '(record)'
  );
}
