import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES, type ElementType } from './element-types';
import { cleanSurface, MAX_NAME_LENGTH, normalizeKey } from './normalize';

export const DOCUMENT_SOURCES = ['stackoverflow', 'kaggle', 'other'] as const;
export type DocumentSource = (typeof DOCUMENT_SOURCES)[number];

const MAX_ELEMENTS_PER_LIST = 100;

const elementName = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
  .superRefine((name, ctx) => {
    const length = cleanSurface(name).length;
    if (length === 0) ctx.addIssue({ code: 'custom', message: 'name is empty' });
    else if (length > MAX_NAME_LENGTH) ctx.addIssue({ code: 'custom', message: `name is ${length} characters long; the limit is ${MAX_NAME_LENGTH}` });
  });

const nameList = (max: number) =>
  z.array(elementName, { error: (issue) => (issue.input === undefined ? 'is required' : 'must be an array of strings') }).max(max, `has more than ${max} names`);

const requiredString = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .max(max, `is longer than ${max} characters`);

/** An extraction record (SPEC.md §2): what the extraction step produces for one document. */
export const extractionRecordSchema = z.object({
  docId: requiredString(200).trim().min(1, 'must not be empty'),
  source: z.enum(DOCUMENT_SOURCES, { error: `must be one of ${DOCUMENT_SOURCES.join(', ')}` }),
  title: requiredString(1000),
  scenarios: nameList(3).min(1, 'must list at least one scenario'),
  knowledge: nameList(MAX_ELEMENTS_PER_LIST),
  domainSkills: nameList(MAX_ELEMENTS_PER_LIST),
  codingSkills: nameList(MAX_ELEMENTS_PER_LIST),
  model: z.string().max(200).optional(),
  promptVersion: z.string().max(200).optional(),
});

export type ExtractionRecord = z.infer<typeof extractionRecordSchema>;

/** One element mentioned by a document, normalized. */
export interface ElementMention {
  type: ElementType;
  key: string;
  surface: string;
}

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

/** Stable identity string of an element: its type and key. */
export function elementId(type: ElementType, key: string): string {
  return `${type}\u0000${key}`;
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
  | { ok: true; line: number; document: PreparedDocument }
  | { ok: false; line: number; docId?: string; reason: string };

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
    const reason = parsed.error.issues
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
      .join('; ');
    return { ok: false, line, docId: typeof docId === 'string' ? docId : undefined, reason };
  }
  return { ok: true, line, document: prepareDocument(parsed.data) };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || '(record)';
}
