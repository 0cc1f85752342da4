import type { ReactNode } from 'react';

/** One number with its label and an optional note, as a tile of `<div className="metric-grid">`. */
export function Metric({ label, value, note }: { label: string; value: string; note?: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="metric">
      <span className="metric-label">{label}</span>
      <span className="metric-value">{value}</span>
      {note ? <span className="metric-note">{note}</span> : null}
    </div>
  );
}
