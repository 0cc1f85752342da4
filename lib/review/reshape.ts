import { formatElementRef } from '../domain/element-ref';
import type { ElementType } from '../domain/element-types';
import type { BatchInfo, ProblemElement, ProblemStatus, ProblemSummary, ReviewEvent, Revision } from './types';

// Records → review DTOs: the one place that knows which stored properties may be missing.

type Row = Record<string, unknown>;

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown, fallback = 0): number => (typeof value === 'number' ? value : fallback);
const numOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Parses a JSON-valued property; a malformed one is kept as its text rather than failing the page. */
export function jsonProperty(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

export function toSummary(p: Row): ProblemSummary {
  return {
    key: str(p.key),
    batchId: str(p.batchId),
    index: num(p.index),
    title: str(p.title),
    scenarioKey: str(p.scenarioKey),
    scenarioName: str(p.scenarioName, str(p.scenarioKey)),
    coherence: numOrNull(p.coherence),
    status: str(p.status, 'pending') as ProblemStatus,
    version: num(p.version, 1),
    reviewer: strOrNull(p.reviewer),
    reviewedAt: numOrNull(p.reviewedAt),
    createdAt: num(p.createdAt),
    reasons: strings(p.reasons),
    revision: num(p.revision),
    duplicate: p.duplicate === true,
  };
}

export function toRevision(r: Row): Revision {
  return {
    number: num(r.number),
    title: str(r.title),
    statement: str(r.statement),
    answerCode: str(r.answerCode),
    answerExplanation: str(r.answerExplanation),
    reviewer: strOrNull(r.reviewer),
    createdAt: num(r.createdAt),
  };
}

export function toEvent(e: Row): ReviewEvent {
  return {
    action: str(e.action) as ReviewEvent['action'],
    from: str(e.from) as ProblemStatus,
    to: str(e.to) as ProblemStatus,
    version: num(e.version),
    reviewer: str(e.reviewer),
    at: num(e.at),
    reasons: strings(e.reasons),
    note: strOrNull(e.note),
    revision: num(e.revision),
    bulk: e.bulk === true,
  };
}

export function toElement(e: Row): ProblemElement {
  const type = str(e.type) as ElementType;
  const key = str(e.key);
  return {
    id: formatElementRef({ type, key }),
    type,
    key,
    name: str(e.name),
    docCount: num(e.docCount),
    role: e.role === 'scenario' ? 'scenario' : 'feature',
    position: num(e.position),
  };
}

export function toBatch(b: Row | null): BatchInfo | null {
  if (!b) return null;
  return {
    id: str(b.id),
    name: strOrNull(b.name),
    status: strOrNull(b.status),
    params: jsonProperty(b.params),
    models: jsonProperty(b.models),
    promptHashes: jsonProperty(b.promptHashes),
    strategy: strOrNull(b.strategy),
    seed: numOrNull(b.seed),
    count: numOrNull(b.count),
    createdAt: numOrNull(b.createdAt),
  };
}

export { str, strOrNull, num, numOrNull, strings };
