export interface BarSegment {
  /** Also the segment's class, which gives its colour (kit.css): done, approved, failed, rejected, in-flight, pending. */
  name: string;
  value: number;
}

/** Each segment's share of the total in percent, clipped so that together they never exceed 100. */
export function stackedShares(values: readonly number[], total: number): number[] {
  let left = 100;
  return values.map((value) => {
    const share = total > 0 ? Math.min(left, (100 * Math.max(0, value)) / total) : 0;
    left -= share;
    return share;
  });
}

interface ProgressBarProps {
  label: string;
  segments: readonly BarSegment[];
  total: number;
  /** How much is finished, for assistive technology (aria-valuenow). */
  value: number;
  /** The counts in words; also the tooltip. */
  valueText: string;
  large?: boolean;
}

/** Stacked segments of one bar (done, failed, in flight …), announced as a progress bar. */
export function ProgressBar({ label, segments, total, value, valueText, large = false }: ProgressBarProps) {
  const shares = stackedShares(
    segments.map((s) => s.value),
    total,
  );
  return (
    <div
      className={large ? 'progress-bar large' : 'progress-bar'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={Math.min(value, total)}
      aria-valuetext={valueText}
      title={valueText}
    >
      {segments.map((segment, i) => (
        <span key={segment.name} className={`segment ${segment.name}`} style={{ width: `${shares[i] ?? 0}%` }} />
      ))}
    </div>
  );
}
