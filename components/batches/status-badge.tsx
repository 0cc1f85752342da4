import type { BatchStatus } from '@/lib/synthesis/types';

/** The batch status as a coloured pill. */
export function StatusBadge({ status }: { status: BatchStatus }) {
  return <span className={`batch-status ${status}`}>{status}</span>;
}
