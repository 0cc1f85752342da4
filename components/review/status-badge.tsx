import type { ProblemStatus } from '@/lib/review/types';

export function StatusBadge({ status }: { status: ProblemStatus }) {
  return <span className={`review-status ${status}`}>{status}</span>;
}

/** "14:02:31, 21 Nov": short, and the same on server and browser for a given time zone. */
export function formatTime(ms: number | null): string {
  if (ms === null) return '—';
  return new Date(ms).toLocaleString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', day: 'numeric', month: 'short' });
}
