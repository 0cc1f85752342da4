/**
 * Verification (SPEC.md §5, KodCode): the statuses of one sandboxed attempt, and how a problem's
 * attempts become a pass rate, a difficulty and the kept answer. Pure: the runner, the API and the UI
 * all use it.
 */

/** What one attempt came to. */
export const ATTEMPT_STATUSES = [
  'passed',
  'failed',
  'error',
  'timeout',
  'memory',
  'crashed',
  'missing_package',
  'no_tests',
  'sandbox_unavailable',
] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard', 'fail'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Default and largest number of attempts per problem. */
export const DEFAULT_ATTEMPTS = 3;
export const MAX_ATTEMPTS = 10;

export function isAttemptStatus(value: string): value is AttemptStatus {
  return (ATTEMPT_STATUSES as readonly string[]).includes(value);
}

/** easy ≥ 2/3, hard < 1/3, fail = 0, medium between (SPEC.md §5). */
export function difficultyOf(passed: number, attempts: number): Difficulty {
  if (attempts <= 0 || passed <= 0) return 'fail';
  // Compare with integers: 2/3 of 3 attempts is exactly 2, which is easy.
  if (3 * passed >= 2 * attempts) return 'easy';
  if (3 * passed < attempts) return 'hard';
  return 'medium';
}

export interface AttemptSummary {
  status: AttemptStatus;
  /** Line coverage of the solution by its tests, 0–1 (null when the tests never ran it). */
  coverage: number | null;
}

/** The passing attempt with the highest line coverage (the earliest on a tie), or -1 when none passed. */
export function keptAttemptIndex(attempts: readonly AttemptSummary[]): number {
  let best = -1;
  attempts.forEach((attempt, index) => {
    if (attempt.status !== 'passed') return;
    if (best === -1 || (attempt.coverage ?? 0) > (attempts[best]!.coverage ?? 0)) best = index;
  });
  return best;
}

/** A problem's overall verification status: passed when any attempt passed, else its first attempt's. */
export function overallStatus(attempts: readonly AttemptSummary[]): AttemptStatus {
  if (attempts.some((a) => a.status === 'passed')) return 'passed';
  return attempts[0]?.status ?? 'sandbox_unavailable';
}
