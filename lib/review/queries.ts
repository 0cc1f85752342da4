import 'server-only';
import { readQuery } from '../db/driver';
import { NotFoundError } from '../domain/errors';
import { formatElementRef, type ElementRef } from '../domain/element-ref';
import { parseExamples, type ExecutedExample } from '../domain/examples';
import { filtered, filterParams, runText } from './db';
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
  toSummary,
  toVerificationDetail,
} from './reshape';
import type { ListQuery } from './schemas';
import type {
  CodeUse,
  ElementProblems,
  ProblemOrigin,
  ProblemPage,
  ProblemStatus,
  ProblemView,
  ReviewProgress,
  StatusCounts,
} from './types';

type Row = Record<string, unknown>;

/** One page of the review queue (filtered and sorted), with the size of the whole match and its counts per status. */
export async function listProblems(query: ListQuery): Promise<ProblemPage> {
  const [row] = await runText('READ', filtered('review/page'), {
    ...filterParams(query),
    sort: query.sort,
    offset: query.offset,
    limit: query.limit,
  });
  const items = (row?.items as Row[] | undefined) ?? [];
  return {
    total: num(row?.total),
    counts: { pending: num(row?.pending), approved: num(row?.approved), rejected: num(row?.rejected) },
    offset: query.offset,
    limit: query.limit,
    items: items.map(toSummary),
  };
}

function toOrigin(o: Row | null): ProblemOrigin | null {
  if (!o) return null;
  const d = o.document as Row | null;
  return {
    key: str(o.key),
    name: str(o.name),
    signature: str(o.signature),
    source: str(o.source),
    docstring: strOrNull(o.docstring),
    document: d ? { id: str(d.id), title: str(d.title), source: str(d.source), url: strOrNull(d.url) } : null,
  };
}

function toPairs(value: unknown): ProblemView['ioPairs'] {
  if (!value || typeof value !== 'object' || !Array.isArray((value as Row).pairs)) return null;
  const task = value as Row;
  return {
    shown: num(task.shown),
    pairs: task.pairs as ExecutedExample[],
    template: num(task.template),
    dropped: (task.dropped as Partial<Record<string, number>>) ?? {},
  };
}

/** Everything the focus view shows about one problem; NotFoundError when the key is unknown. */
export async function problemByKey(key: string): Promise<ProblemView> {
  const [row] = await readQuery('review/problem', { key });
  if (!row) throw new NotFoundError(`No problem ${JSON.stringify(key)}`);
  const [combination] = await readQuery('review/combination', { key, documents: 3 });
  const p = row.problem as Row;
  return {
    ...toSummary(p),
    statement: str(p.statement),
    answerCode: str(p.answerCode),
    answerExplanation: str(p.answerExplanation),
    note: strOrNull(p.note),
    flags: strings(p.flags),
    selection: jsonProperty(p.selection),
    model: jsonProperty(p.model),
    promptHashes: jsonProperty(p.promptHashes),
    totalTokens: numOrNull(p.totalTokens),
    elements: (row.elements as Row[]).map(toElement),
    pairs: ((combination?.pairs as Row[] | undefined) ?? []).map((pair) => ({
      source: str(pair.a),
      target: str(pair.b),
      weight: num(pair.weight),
    })),
    documents: ((combination?.documents as Row[] | undefined) ?? []).map((d) => ({
      id: str(d.id),
      title: str(d.title),
      source: str(d.source),
      shared: num(d.shared),
      names: strings(d.names),
    })),
    batch: toBatch(row.batch as Row | null),
    revisions: (row.revisions as Row[]).map(toRevision),
    events: (row.events as Row[]).map(toEvent),
    duplicates: (row.duplicates as Row[]).map((d) => ({
      key: str(d.key),
      title: str(d.title),
      status: str(d.status) as ProblemStatus,
      similarity: num(d.similarity),
    })),
    verificationDetail: toVerificationDetail(p),
    examples: parseExamples(strOrNull(p.examples)),
    origin: toOrigin(row.origin as Row | null),
    ioPairs: toPairs(jsonProperty(p.case2code)),
    codeUses: ((row.codeUses as Row[] | undefined) ?? []).map((u) => ({
      type: str(u.type) as CodeUse['type'],
      key: str(u.key),
      qualname: str(u.qualname),
      signature: strOrNull(u.signature),
      role: str(u.role) as CodeUse['role'],
      position: num(u.position),
    })),
    relationAnswer: Array.isArray(jsonProperty(p.relationAnswer)) ? strings(jsonProperty(p.relationAnswer)) : null,
  };
}

const emptyCounts = (): StatusCounts & { total: number } => ({ pending: 0, approved: 0, rejected: 0, total: 0 });

/** Approved, rejected and pending per batch and overall, plus the scenarios problems were set in. */
export async function reviewProgress(): Promise<ReviewProgress> {
  const rows = await readQuery('review/progress');
  const overall = emptyCounts();
  const batches = new Map<string, ReviewProgress['batches'][number]>();
  for (const row of rows) {
    const batch = batches.get(row.batchId) ?? {
      id: row.batchId,
      name: row.name,
      createdAt: row.createdAt,
      ...emptyCounts(),
    };
    batches.set(row.batchId, batch);
    if (row.status === 'pending' || row.status === 'approved' || row.status === 'rejected') {
      batch[row.status] += row.n;
      overall[row.status] += row.n;
    }
    batch.total += row.n;
    overall.total += row.n;
  }
  const scenarios = await readQuery('review/scenarios');
  return { overall, batches: [...batches.values()], scenarios };
}

/** The problems that used an element, newest first, with counts per status; NotFoundError for an unknown element. */
export async function problemsOfElement(ref: ElementRef, limit = 20): Promise<ElementProblems> {
  const [row] = await readQuery('review/element-problems', { type: ref.type, key: ref.key, limit });
  if (!row) throw new NotFoundError(`No element ${formatElementRef(ref)}`);
  return {
    total: num(row.total),
    counts: { pending: num(row.pending), approved: num(row.approved), rejected: num(row.rejected) },
    problems: (row.problems as Row[]).map((p) => ({
      key: str(p.key),
      title: str(p.title),
      status: str(p.status) as ProblemStatus,
      batchId: str(p.batchId),
      role: p.role === 'scenario' ? 'scenario' : 'feature',
    })),
  };
}
