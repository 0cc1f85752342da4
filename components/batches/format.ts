import type { BatchStatus, BatchSummary } from '@/lib/synthesis/types';
import { ACTIVE_STATUSES } from '@/lib/synthesis/types';

/** Whole numbers with thousands separators. */
export const formatCount = (value: number) => value.toLocaleString('en-US');

/** Token counts in a short form: 950, 12.3k, 4.1M. */
export function formatTokens(value: number): string {
  if (value < 1_000) return String(value);
  if (value < 1_000_000) return `${(value / 1_000).toFixed(value < 10_000 ? 1 : 0)}k`;
  return `${(value / 1_000_000).toFixed(value < 10_000_000 ? 2 : 1)}M`;
}

/** A duration in seconds as "45 s", "3 min 20 s", "2 h 05 min". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3_600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  if (s < 86_400) return `${Math.floor(s / 3_600)} h ${String(Math.floor((s % 3_600) / 60)).padStart(2, '0')} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3_600)} h`;
}

/** The ETA cell: a duration while running, otherwise a dash. */
export function formatEta(batch: Pick<BatchSummary, 'status' | 'etaSeconds'>): string {
  return batch.status === 'running' && batch.etaSeconds !== null ? formatDuration(batch.etaSeconds) : '—';
}

/** An epoch-millisecond time as "2026-11-21 13:05" in the browser's zone. */
export function formatTime(ms: number | null): string {
  if (ms === null) return '—';
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const isActive = (status: BatchStatus) => ACTIVE_STATUSES.includes(status);

/** Shares of the bar, in percent: done, failed, in flight (never above 100 together). */
export function progressShares(batch: Pick<BatchSummary, 'count' | 'done' | 'failed' | 'inFlight'>): { done: number; failed: number; inFlight: number } {
  if (batch.count <= 0) return { done: 0, failed: 0, inFlight: 0 };
  const share = (n: number) => (100 * Math.max(0, n)) / batch.count;
  const done = Math.min(100, share(batch.done));
  const failed = Math.min(100 - done, share(batch.failed));
  const inFlight = Math.min(100 - done - failed, share(batch.inFlight));
  return { done, failed, inFlight };
}

/** Polling period: fast while anything is queued or running, slow otherwise. */
export function pollInterval(batches: ReadonlyArray<Pick<BatchSummary, 'status' | 'inFlight'>> | undefined): number {
  return batches?.some((b) => isActive(b.status) || b.inFlight > 0) ? 1_000 : 10_000;
}
