import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDriver, readQuery, sessionConfig } from '@/lib/db/driver';
import { cypher } from '@/lib/db/cypher';
import { forEachPair } from '@/lib/graph/cooccurrence';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES } from '@/lib/domain/element-types';
import { normalizeKey } from '@/lib/domain/normalize';
import type { ElementRow } from '@/test-support/rows';

export type { ElementRow, PairRow } from '@/test-support/rows';

/** Refuses to run against anything but the test database started by scripts/with-test-db.ts. */
export function assertTestDatabase(): void {
  if (process.env.SCOGEN_TEST_DB !== '1') {
    throw new Error(
      'Integration tests wipe the database: run them with "npm run test:integration", never against dev data.',
    );
  }
}

export async function clearGraph(): Promise<void> {
  assertTestDatabase();
  const session = getDriver().session(sessionConfig('WRITE'));
  try {
    await session.run(cypher('testing/clear-graph'));
  } finally {
    await session.close();
  }
}

/** Weights keyed by the unordered pair, plus a check that no pair is stored twice. */
export async function storedWeights(): Promise<Map<string, number>> {
  const rows = await readQuery('testing/pairs');
  const weights = new Map<string, number>();
  for (const row of rows) {
    const a = `${row.aType}:${row.aKey}`;
    const b = `${row.bType}:${row.bKey}`;
    const key = a < b ? `${a} | ${b}` : `${b} | ${a}`;
    if (weights.has(key)) throw new Error(`pair stored twice: ${key}`);
    weights.set(key, row.weight);
  }
  return weights;
}

export async function storedElements(): Promise<Map<string, ElementRow>> {
  const rows = await readQuery('testing/elements');
  return new Map(rows.map((row) => [`${row.type}:${row.key}`, row]));
}

export async function storedDocuments(): Promise<
  Map<string, { id: string; hash: string; title: string; mentions: number }>
> {
  const rows = await readQuery('testing/documents');
  return new Map(rows.map((row) => [row.id, row]));
}

interface RawRecord {
  docId: string;
  scenarios: string[];
  knowledge: string[];
  domainSkills: string[];
  codingSkills: string[];
}

/**
 * The closed form, computed straight from JSONL text: for every unordered pair of distinct
 * elements, the number of documents mentioning both (later lines with the same id win).
 */
export function expectedFromJsonl(text: string): {
  weights: Map<string, number>;
  docCounts: Map<string, number>;
  forms: Map<string, Map<string, number>>;
} {
  const latest = new Map<string, RawRecord>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as RawRecord;
    latest.set(record.docId, record);
  }
  const weights = new Map<string, number>();
  const docCounts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const record of latest.values()) {
    const ids = new Set<string>();
    for (const type of ELEMENT_TYPES) {
      for (const name of record[ELEMENT_TYPE_INFO[type].recordField]) {
        const id = `${type}:${normalizeKey(name)}`;
        if (ids.has(id)) continue;
        ids.add(id);
        const surface = name
          .normalize('NFKC')
          .replace(/\s+/g, ' ')
          .trim()
          .replace(/[\s.,;:!?]+$/u, '');
        const byForm = forms.get(id) ?? new Map<string, number>();
        byForm.set(surface, (byForm.get(surface) ?? 0) + 1);
        forms.set(id, byForm);
      }
    }
    for (const id of ids) docCounts.set(id, (docCounts.get(id) ?? 0) + 1);
    forEachPair([...ids], (a, b) => weights.set(`${a} | ${b}`, (weights.get(`${a} | ${b}`) ?? 0) + 1));
  }
  return { weights, docCounts, forms };
}

export function writeTempJsonl(lines: Array<string | object>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scogen-ingest-'));
  const file = path.join(dir, 'extractions.jsonl');
  writeFileSync(file, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  return file;
}

export function record(
  docId: string,
  elements: Partial<RawRecord> = {},
): RawRecord & { source: string; title: string } {
  return {
    docId,
    source: 'stackoverflow',
    title: `Title of ${docId}`,
    scenarios: ['Test scenario'],
    knowledge: [],
    domainSkills: [],
    codingSkills: [],
    ...elements,
  };
}

/** Calls a route handler with a GET, or with a POST of `body` (a string is sent as is); returns status and JSON body. */
export async function callRoute<T>(
  handler: (request: Request) => Promise<Response>,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const init =
    body === undefined
      ? undefined
      : {
          method: 'POST',
          body: typeof body === 'string' ? body : JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        };
  const response = await handler(new Request(`http://localhost${path}`, init));
  return { status: response.status, body: (await response.json()) as T };
}
