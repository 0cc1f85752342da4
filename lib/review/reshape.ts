import { formatElementRef } from '../domain/element-ref';
import type { ElementType } from '../domain/element-types';
import { DIFFICULTIES, isAttemptStatus, type AttemptStatus, type Difficulty } from '../domain/verification';
import type {
  AttemptTestResult,
  BatchInfo,
  ProblemElement,
  ProblemStatus,
  ProblemSummary,
  ReviewEvent,
  Revision,
  VerificationAttempt,
  VerificationDetail,
  VerificationSummary,
} from './types';

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

const attemptStatus = (value: unknown): AttemptStatus | null =>
  typeof value === 'string' && isAttemptStatus(value) ? value : null;
const difficulty = (value: unknown): Difficulty | null =>
  typeof value === 'string' && (DIFFICULTIES as readonly string[]).includes(value) ? (value as Difficulty) : null;
const record = (value: unknown): Row =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {};

export function toVerificationSummary(p: Row): VerificationSummary {
  return {
    verifyStatus: attemptStatus(p.verifyStatus),
    difficulty: difficulty(p.difficulty),
    coverage: numOrNull(p.coverage),
    passRate: numOrNull(p.passRate),
    verifyAttempts: numOrNull(p.verifyAttempts),
    verifyPassed: numOrNull(p.verifyPassed),
    verifyState: p.verifyState === 'queued' || p.verifyState === 'leased' ? p.verifyState : null,
    verifyRequestedBy: strOrNull(p.verifyRequestedBy),
    verifyRequestedAt: numOrNull(p.verifyRequestedAt),
    unsandboxed: p.unsandboxed === true,
  };
}

function toTestResult(value: unknown): AttemptTestResult {
  const r = record(value);
  return {
    id: str(r.id),
    outcome: r.outcome === 'passed' || r.outcome === 'skipped' ? r.outcome : 'failed',
    message: str(r.message),
    detail: str(r.detail),
    ms: num(r.ms),
  };
}

function toAttempt(value: unknown, position: number): VerificationAttempt {
  const a = record(value);
  const counts = record(a.counts);
  const coverage = a.coverage && typeof a.coverage === 'object' ? record(a.coverage) : null;
  return {
    index: num(a.index, position),
    role: a.role === 'reference' ? 'reference' : 'attempt',
    solution: str(a.solution),
    tests: str(a.tests),
    status: attemptStatus(a.status) ?? 'error',
    message: str(a.message),
    counts: { passed: num(counts.passed), failed: num(counts.failed), total: num(counts.total) },
    results: Array.isArray(a.results) ? a.results.map(toTestResult) : [],
    coverage: coverage
      ? { lines: num(coverage.lines), covered: num(coverage.covered), ratio: num(coverage.ratio) }
      : null,
    output: str(a.output),
    durationMs: num(a.durationMs),
    model: strOrNull(a.model),
    promptHash: strOrNull(a.promptHash),
  };
}

/** The stored verification of a problem (its properties and the `verification` JSON), or null when never verified. */
export function toVerificationDetail(p: Row): VerificationDetail | null {
  if (typeof p.verifyStatus !== 'string') return null;
  const stored = record(jsonProperty(p.verification));
  return {
    tests: str(p.tests),
    referenceCode: strOrNull(p.referenceCode),
    keptAttempt: num(p.keptAttempt, -1),
    fingerprint: strOrNull(p.verifyFingerprint) ?? strOrNull(stored.fingerprint),
    worker: strOrNull(p.verifyWorker) ?? strOrNull(stored.worker),
    verifiedAt: numOrNull(p.verifiedAt),
    k: numOrNull(stored.k) ?? numOrNull(p.verifyAttempts),
    attempts: Array.isArray(stored.attempts) ? stored.attempts.map(toAttempt) : [],
  };
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
    verification: toVerificationSummary(p),
    kind: p.kind === 'case2code' || p.kind === 'codebase' ? p.kind : 'scenario',
    functionName: strOrNull(p.functionName),
    family: strOrNull(p.family),
    codebaseKey: strOrNull(p.codebaseKey),
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
    note: strOrNull(r.note),
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
