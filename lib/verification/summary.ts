import 'server-only';
import { readQuery } from '../db/driver';
import { NotFoundError } from '../domain/errors';
import { ATTEMPT_STATUSES, DIFFICULTIES, type AttemptStatus, type Difficulty } from '../domain/verification';
import type { BatchVerification } from './report-types';

export const COVERAGE_BINS = 10;

/** params.verify of a stored batch, or off for batches from before verification (or unreadable params). */
export function verifyParamsOf(params: string | null): { enabled: boolean; attempts: number | null } {
  try {
    const parsed = JSON.parse(params ?? 'null') as { verify?: { enabled?: unknown; attempts?: unknown } } | null;
    const verify = parsed?.verify;
    return {
      enabled: verify?.enabled === true,
      attempts: typeof verify?.attempts === 'number' ? verify.attempts : null,
    };
  } catch {
    return { enabled: false, attempts: null };
  }
}

/** A batch's verification progress and distributions; NotFoundError for an unknown batch. */
export async function batchVerification(batchId: string): Promise<BatchVerification> {
  const [row] = await readQuery('verification/summary', { batch: batchId });
  if (!row) throw new NotFoundError(`No batch ${JSON.stringify(batchId)}`);
  const { enabled, attempts } = verifyParamsOf(row.params);

  const byStatus = Object.fromEntries(ATTEMPT_STATUSES.map((s) => [s, 0])) as Record<AttemptStatus, number>;
  for (const { key, n } of row.byStatus) if (key in byStatus) byStatus[key as AttemptStatus] += n;
  const byDifficulty = Object.fromEntries(DIFFICULTIES.map((d) => [d, 0])) as Record<Difficulty, number>;
  for (const { key, n } of row.byDifficulty) if (key in byDifficulty) byDifficulty[key as Difficulty] += n;

  const most = Math.max(attempts ?? 0, ...row.byPassed.map((b) => b.passed));
  const passedAttempts = Array.from({ length: most + 1 }, (_, passed) => ({
    passed,
    count: row.byPassed.filter((b) => b.passed === passed).reduce((sum, b) => sum + b.n, 0),
  }));
  const coverage = Array.from({ length: COVERAGE_BINS }, (_, bin) => ({
    from: bin / COVERAGE_BINS,
    to: (bin + 1) / COVERAGE_BINS,
    count: row.byCoverage
      .filter((b) => Math.min(COVERAGE_BINS - 1, Math.max(0, b.bin)) === bin)
      .reduce((s, b) => s + b.n, 0),
  }));
  return {
    enabled,
    attempts,
    problems: row.problems,
    verified: row.verified,
    queued: row.queued,
    byStatus,
    byDifficulty,
    passedAttempts,
    coverage,
  };
}
