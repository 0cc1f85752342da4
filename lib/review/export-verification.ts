import { jsonProperty } from './reshape';

// Pure: the verification properties of a stored problem (lib/synthesis/MODEL.md, "Verification") as
// the full export carries them, and the triplet line. Absent properties stay absent.

type Row = Record<string, unknown>;

const COUNTS_ZERO = { passed: 0, failed: 0, total: 0 };

/** One attempt of `verification.attempts` without its raw output (kept in the database, too large for a dataset). */
function exportedAttempt(value: unknown): Row | null {
  if (!value || typeof value !== 'object') return null;
  const a = value as Row;
  return {
    index: typeof a.index === 'number' ? a.index : null,
    role: typeof a.role === 'string' ? a.role : null,
    status: typeof a.status === 'string' ? a.status : null,
    message: typeof a.message === 'string' ? a.message : '',
    counts: a.counts && typeof a.counts === 'object' ? a.counts : COUNTS_ZERO,
    coverage: a.coverage && typeof a.coverage === 'object' ? a.coverage : null,
    results: Array.isArray(a.results) ? a.results : [],
    durationMs: typeof a.durationMs === 'number' ? a.durationMs : null,
    solution: typeof a.solution === 'string' ? a.solution : '',
    tests: typeof a.tests === 'string' ? a.tests : '',
    model: typeof a.model === 'string' ? a.model : null,
    promptHash: typeof a.promptHash === 'string' ? a.promptHash : null,
  };
}

/** The verification fields of a full-export line; an empty object for a problem that was never verified. */
export function verificationFields(p: Row): Row {
  const out: Row = {};
  if (typeof p.tests === 'string') out.tests = p.tests;
  if (typeof p.verifyStatus !== 'string') return out;
  const verification = jsonProperty(p.verification);
  const attempts =
    verification && typeof verification === 'object' && Array.isArray((verification as Row).attempts)
      ? ((verification as Row).attempts as unknown[]).map(exportedAttempt).filter((a) => a !== null)
      : [];
  Object.assign(out, {
    verifyStatus: p.verifyStatus,
    passRate: typeof p.passRate === 'number' ? p.passRate : null,
    difficulty: typeof p.difficulty === 'string' ? p.difficulty : null,
    coverage: typeof p.coverage === 'number' ? p.coverage : null,
    keptAttempt: typeof p.keptAttempt === 'number' ? p.keptAttempt : null,
    verifyFingerprint: typeof p.verifyFingerprint === 'string' ? p.verifyFingerprint : null,
    unsandboxed: p.unsandboxed === true,
    verifiedAt: typeof p.verifiedAt === 'number' ? p.verifiedAt : null,
    referenceCode: typeof p.referenceCode === 'string' ? p.referenceCode : null,
    attempts,
  });
  return out;
}

export interface TripletSource {
  key: string;
  question: string;
  answerCode: string | null;
  tests: string | null;
  difficulty: string | null;
  passRate: number | null;
  coverage: number | null;
  /** scenario (absent), case2code or codebase. */
  kind?: string | null;
  /** Codebase tasks: relation, compositional or utilization. */
  family?: string | null;
}

/** A KodCode-style triplet, or null for a problem with no tests (never exported as a triplet). */
export function tripletLine(problem: TripletSource): string | null {
  if (!problem.tests || problem.tests.trim() === '') return null;
  return `${JSON.stringify({
    question: problem.question,
    solution: problem.answerCode ?? '',
    tests: problem.tests,
    id: problem.key,
    difficulty: problem.difficulty,
    passRate: problem.passRate,
    coverage: problem.coverage,
    kind: problem.kind ?? 'scenario',
    ...(problem.family ? { family: problem.family } : {}),
  })}\n`;
}
