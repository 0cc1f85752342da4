import 'server-only';
import { readQuery } from '../db/driver';
import type { RowOf } from '../db/rows';
import { exportPage, filtered, filterParams, runText } from './db';
import { parseExamples, statementWithExamples } from '../domain/examples';
import { jsonLine, sftLine, userContent, type SftSource } from './export-format';
import { tripletLine, verificationFields } from './export-verification';
import {
  jsonProperty,
  num,
  numOrNull,
  str,
  strOrNull,
  strings,
  toBatch,
  toElement,
  toEvent,
  toRevision,
} from './reshape';
import type { ExportQuery } from './schemas';
import type { BatchInfo } from './types';

type Row = Record<string, unknown>;

/** Problems read per query: each page is one bounded read, so memory does not grow with the export. */
export const EXPORT_PAGE = 1_000;

/** What an export left out: problems without tests, which the triplet format cannot carry. */
export interface ExportStats {
  skippedWithoutTests: number;
}

/**
 * The export as JSONL lines, batch by batch (in batch id order) and within a batch in numeric item index order,
 * read a page at a time (keyset paging on the problem_batch_index index), so 100,000 problems never sit in
 * memory together. Pull-based: the next page is read only when the consumer asks. The query's review-filter
 * fields (scenario, element, coherence …) narrow it like the review queue's filter. `stats`, when given,
 * counts what was skipped as the export goes.
 */
export async function* exportLines(
  query: ExportQuery,
  options: { pageSize?: number; stats?: ExportStats } = {},
): AsyncGenerator<string> {
  const pageSize = options.pageSize ?? EXPORT_PAGE;
  const params = { ...exportParams(query), limit: pageSize };
  const batches = query.format === 'full' ? await batchesOf(query.batch ?? null) : new Map<string, BatchInfo>();
  const batchIds = await runText('READ', filtered('review/export-batch-ids'), params);
  for (const { batchId } of batchIds) {
    let afterIndex = -1;
    for (;;) {
      const page = { ...params, batchId, afterIndex };
      let rows: Row[];
      if (query.format === 'triplet') {
        const triplets = await runText('READ', exportPage('review/export-triplet'), page);
        yield* tripletLines(triplets, options.stats);
        rows = triplets;
      } else {
        rows = await runText(
          'READ',
          exportPage(query.format === 'sft' ? 'review/export-sft' : 'review/export-full'),
          page,
        );
        for (const row of rows)
          yield query.format === 'sft' ? sftLine(sftSource(row)) : jsonLine(fullRecord(row, batches));
      }
      if (rows.length < pageSize) break;
      const last = rows.at(-1)!;
      afterIndex = num(query.format === 'full' ? (last.problem as Row).index : last.index);
    }
  }
}

/** A relation question's exact answer (stored as JSON), or null. */
function relationAnswerOf(value: unknown): string[] | null {
  const parsed = jsonProperty(value);
  return Array.isArray(parsed) ? parsed.map(String) : null;
}

/** An SFT row: its statement with the executed examples, when it has some. */
function sftSource(row: Row): SftSource {
  return {
    title: str(row.title),
    statement: statementWithExamples(str(row.statement), strOrNull(row.examples)),
    answerCode: str(row.answerCode),
    answerExplanation: str(row.answerExplanation),
    kind: strOrNull(row.kind),
    family: strOrNull(row.family),
    answer: relationAnswerOf(row.relationAnswer),
  };
}

/** review/filter's parameters for an export, with its status (null = all) and the verified-only flag. */
function exportParams(query: ExportQuery): Record<string, unknown> {
  return {
    ...filterParams({ ...query, status: query.status === 'all' ? undefined : query.status }),
    verified: query.verified,
  };
}

/** How many problems an export with these filters holds (before a triplet export skips those without tests). */
export async function exportCount(query: ExportQuery): Promise<number> {
  const [row] = await runText('READ', filtered('review/export-matched'), exportParams(query));
  return row?.n ?? 0;
}

/** How many problems a triplet export with these filters leaves out for having no tests (read before streaming). */
export async function untestedCount(query: ExportQuery): Promise<number> {
  const [row] = await runText('READ', filtered('review/export-untested'), exportParams(query));
  return row?.n ?? 0;
}

function* tripletLines(rows: Array<RowOf<'review/export-triplet'>>, stats: ExportStats | undefined): Generator<string> {
  for (const row of rows) {
    const line = tripletLine({
      key: row.key,
      question: userContent({
        title: row.title ?? '',
        statement: statementWithExamples(row.statement ?? '', row.examples),
      }),
      answerCode: row.answerCode,
      tests: row.tests,
      difficulty: row.difficulty,
      passRate: row.passRate,
      coverage: row.coverage,
      kind: row.kind,
      family: row.family,
    });
    if (line) yield line;
    else if (stats) stats.skippedWithoutTests += 1;
  }
}

async function batchesOf(batch: string | null): Promise<Map<string, BatchInfo>> {
  const rows = await readQuery('review/export-batches', { batch });
  const out = new Map<string, BatchInfo>();
  for (const row of rows) {
    const info = toBatch(row.batch);
    if (info) out.set(info.id, info);
  }
  return out;
}

/** The full-metadata record: problem, elements, batch parameters, metrics, review state, revisions and events. */
function fullRecord(row: Row, batches: Map<string, BatchInfo>) {
  const p = row.problem as Row;
  const batchId = str(p.batchId);
  const revisions = (row.revisions as Row[]).map(toRevision);
  return {
    key: str(p.key),
    batchId,
    index: num(p.index),
    status: str(p.status),
    kind: p.kind === 'case2code' || p.kind === 'codebase' ? p.kind : 'scenario',
    ...(p.kind === 'codebase'
      ? {
          family: strOrNull(p.family),
          codebase: strOrNull(p.codebaseKey),
          ...(p.relationAnswer ? { relation: strOrNull(p.relation), answer: relationAnswerOf(p.relationAnswer) } : {}),
          code: jsonProperty(p.codeSelection),
        }
      : {}),
    ...(p.functionKey
      ? { function: { key: str(p.functionKey), name: str(p.functionName), document: strOrNull(p.sourceDocId) } }
      : {}),
    version: num(p.version, 1),
    title: str(p.title),
    statement: statementWithExamples(str(p.statement), strOrNull(p.examples)),
    answerCode: str(p.answerCode),
    answerExplanation: str(p.answerExplanation),
    scenario: { key: str(p.scenarioKey), name: str(p.scenarioName) },
    elements: (row.elements as Row[]).map(toElement).map(({ docCount: _docCount, ...element }) => element),
    batch: batches.get(batchId) ?? null,
    metrics: {
      coherence: numOrNull(p.coherence),
      flags: strings(p.flags),
      duplicate: p.duplicate === true,
      nearDuplicates: (row.duplicates as Row[]).map((d) => ({ key: str(d.key), similarity: num(d.similarity) })),
      promptTokens: numOrNull(p.promptTokens),
      completionTokens: numOrNull(p.completionTokens),
      totalTokens: numOrNull(p.totalTokens),
    },
    generation: {
      model: jsonProperty(p.model),
      promptHashes: jsonProperty(p.promptHashes),
      selection: jsonProperty(p.selection),
    },
    review: {
      reviewer: strOrNull(p.reviewer),
      reviewedAt: numOrNull(p.reviewedAt),
      reasons: strings(p.reasons),
      note: strOrNull(p.note),
      revision: num(p.revision),
      events: (row.events as Row[]).map(toEvent),
    },
    revisions,
    createdAt: num(p.createdAt),
    ...verificationFields(p),
    examples: parseExamples(strOrNull(p.examples)),
  };
}
