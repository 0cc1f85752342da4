import type { ProgressRow } from '@/lib/review/types';
import { ProgressBar } from '@/components/ui/progress-bar';

/** Approved, rejected and pending of one batch (or all) as one stacked bar with the counts beside it. */
export function ReviewBar({ label, row }: { label: string; row: ProgressRow }) {
  const text = `${row.approved} approved, ${row.rejected} rejected, ${row.pending} pending of ${row.total}`;
  return (
    <div className="review-progress-row" role="group" aria-label={`Progress: ${label}`}>
      <span className="review-progress-label" title={label}>
        {label}
      </span>
      <ProgressBar
        label={text}
        total={row.total}
        value={row.approved + row.rejected}
        valueText={text}
        segments={[
          { name: 'approved', value: row.approved },
          { name: 'rejected', value: row.rejected },
          { name: 'pending', value: row.pending },
        ]}
      />
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
