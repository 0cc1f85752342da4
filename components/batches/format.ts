import type { BatchStatus, BatchSummary } from '@/lib/synthesis/types';
import { ACTIVE_STATUSES } from '@/lib/synthesis/types';
import { formatDuration } from '@/components/ui/format';

/** The ETA cell: a duration while running, otherwise a dash. */
export function formatEta(batch: Pick<BatchSummary, 'status' | 'etaSeconds'>): string {
  return batch.status === 'running' && batch.etaSeconds !== null ? formatDuration(batch.etaSeconds) : '—';
}

export const isActive = (status: BatchStatus) => ACTIVE_STATUSES.includes(status);

/** Polling period: fast while anything is queued or running, slow otherwise. */
export function pollInterval(batches: ReadonlyArray<Pick<BatchSummary, 'status' | 'inFlight'>> | undefined): number {
  return batches?.some((b) => isActive(b.status) || b.inFlight > 0) ? 1_000 : 10_000;
}
