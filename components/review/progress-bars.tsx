import type { ProgressRow } from '@/lib/review/types';

const share = (n: number, total: number) => (total > 0 ? (100 * n) / total : 0);

/** Approved, rejected and pending of one batch (or all) as one stacked bar with the counts beside it. */
export function ReviewBar({ label, row }: { label: string; row: ProgressRow }) {
  const text = `${row.approved} approved, ${row.rejected} rejected, ${row.pending} pending of ${row.total}`;
  return (
    <div className="review-progress-row" role="group" aria-label={`Progress: ${label}`}>
      <span className="review-progress-label" title={label}>
        {label}
      </span>
      <span className="review-bar" role="img" aria-label={text} title={text}>
        <span className="segment approved" style={{ width: `${share(row.approved, row.total)}%` }} />
        <span className="segment rejected" style={{ width: `${share(row.rejected, row.total)}%` }} />
        <span className="segment pending" style={{ width: `${share(row.pending, row.total)}%` }} />
      </span>
      <span className="review-progress-counts">
        <span className="approved" aria-label="approved">
          ✓ {row.approved}
        </span>
        <span className="rejected" aria-label="rejected">
          ✗ {row.rejected}
        </span>
        <span className="pending" aria-label="pending">
          … {row.pending}
        </span>
      </span>
    </div>
  );
}
