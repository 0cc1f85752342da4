import { linearScale, YGrid, yRange, type ChartFrame } from '@/components/ui/chart-axes';
import { formatCount } from '@/components/ui/format';

const FRAME: ChartFrame = { width: 400, height: 170, margin: { left: 30, right: 12, top: 14, bottom: 38 } };

export interface CountBar {
  label: string;
  count: number;
  /** Colour class of the bar (batches.css). */
  tone?: string;
}

/** Counts per category as vertical bars (a distribution over few categories), labelled under each bar. */
export function CountBars({ title, bars, axisTitle }: { title: string; bars: readonly CountBar[]; axisTitle: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const y = linearScale([0, max], yRange(FRAME));
  const yTicks = [...new Set([0, Math.round(max / 2), max])];
  const left = FRAME.margin.left;
  const slot = (FRAME.width - FRAME.margin.right - left) / Math.max(1, bars.length);
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  const base = FRAME.height - FRAME.margin.bottom;
  return (
    <svg
      className="count-chart"
      viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
      role="img"
      aria-label={`${title}: ${formatCount(total)} problems; ${bars.map((b) => `${b.label}: ${b.count}`).join(', ')}`}
    >
      <YGrid frame={FRAME} ticks={yTicks} y={y} />
      {bars.map((bar, i) => {
        const x = left + i * slot;
        return (
          <g key={bar.label}>
            <rect
              className={`histogram-bar ${bar.tone ?? ''}`}
              x={x + slot * 0.15}
              width={slot * 0.7}
              y={y(bar.count)}
              height={base - y(bar.count)}
            >
              <title>{`${bar.label}: ${bar.count}`}</title>
            </rect>
            {bar.count > 0 ? (
              <text x={x + slot / 2} y={y(bar.count) - 3} textAnchor="middle" className="axis-label">
                {bar.count}
              </text>
            ) : null}
            <text x={x + slot / 2} y={base + 14} textAnchor="middle" className="axis-label">
              {bar.label}
            </text>
          </g>
        );
      })}
      <text
        x={(left + FRAME.width - FRAME.margin.right) / 2}
        y={FRAME.height - 3}
        textAnchor="middle"
        className="axis-title"
      >
        {axisTitle}
      </text>
    </svg>
  );
}
