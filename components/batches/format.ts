import type { BatchStatus, BatchSummary, RunnerInfo } from '@/lib/synthesis/types';
import { ACTIVE_STATUSES } from '@/lib/synthesis/types';
import { formatCount, formatDuration } from '@/components/ui/format';

/** The ETA cell: a duration while running, otherwise a dash. */
export function formatEta(batch: Pick<BatchSummary, 'status' | 'etaSeconds'>): string {
  return batch.status === 'running' && batch.etaSeconds !== null ? formatDuration(batch.etaSeconds) : '—';
}

export const isActive = (status: BatchStatus) => ACTIVE_STATUSES.includes(status);

/** Polling period: fast while anything is queued or running, slow otherwise. */
export function pollInterval(batches: ReadonlyArray<Pick<BatchSummary, 'status' | 'inFlight'>> | undefined): number {
  return batches?.some((b) => isActive(b.status) || b.inFlight > 0) ? 1_000 : 10_000;
}

/** "51–100 of 240": the 1-based range of items a page shows. */
export function pageRange(from: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return `0 of ${formatCount(total)}`;
  return `${formatCount(from + 1)}–${formatCount(from + shown)} of ${formatCount(total)}`;
}

const ROLE_NAMES: Record<string, string> = {
  app: "the app's runner",
  synthesize: 'npm run synthesize',
  runner: 'npm run runner',
  bench: 'a benchmark',
};

/** A runner's name as a person reads it: what started it, then its id (unique per runner). */
export const runnerName = (runner: Pick<RunnerInfo, 'id' | 'role'>) =>
  `${ROLE_NAMES[runner.role] ?? runner.role} (${runner.id})`;

/** Runners by id, each once: a runner is never listed twice whatever a query returned. */
export function distinctRunners<R extends Pick<RunnerInfo, 'id'>>(runners: R[]): R[] {
  return [...new Map(runners.map((r) => [r.id, r])).values()];
}
