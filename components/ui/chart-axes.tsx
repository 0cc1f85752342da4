// The charts are small, static SVG (a histogram, four lines on a log axis) that also render on the server and
// that the e2e specs read (paths, roles); a chart library would add a client bundle for little, so the
// charts keep their SVG and share this one module for frames, scales, axes and markers.

/** A chart's view box and the margins around its plot area. */
export interface ChartFrame {
  width: number;
  height: number;
  margin: { left: number; right: number; top: number; bottom: number };
}

export type Scale = (value: number) => number;

/** Maps [from, to] linearly onto [start, end]. */
export const linearScale =
  ([from, to]: readonly [number, number], [start, end]: readonly [number, number]): Scale =>
  (value) =>
    start + ((value - from) / (to - from || 1)) * (end - start);

/** Maps [from, to] (both above zero) onto [start, end] on a log10 axis. */
export const logScale = ([from, to]: readonly [number, number], range: readonly [number, number]): Scale => {
  const linear = linearScale([Math.log10(from), Math.log10(to)], range);
  return (value) => linear(Math.log10(value));
};

/** The plot area's horizontal pixel range. */
export const xRange = (frame: ChartFrame): [number, number] => [frame.margin.left, frame.width - frame.margin.right];
/** The plot area's vertical pixel range, bottom first (values grow upwards). */
export const yRange = (frame: ChartFrame): [number, number] => [frame.height - frame.margin.bottom, frame.margin.top];

/** Horizontal grid lines with their labels on the left; the line at zero is drawn as the axis. */
export function YGrid({
  frame,
  ticks,
  y,
  format = String,
}: {
  frame: ChartFrame;
  ticks: readonly number[];
  y: Scale;
  format?: (value: number) => string;
}) {
  return (
    <>
      {ticks.map((value) => (
        <g key={value}>
          <line
            x1={frame.margin.left}
            x2={frame.width - frame.margin.right}
            y1={y(value)}
            y2={y(value)}
            className={value === 0 ? 'axis-zero' : 'grid-line'}
          />
          <text x={frame.margin.left - 6} y={y(value) + 3.5} textAnchor="end" className="axis-label">
            {format(value)}
          </text>
        </g>
      ))}
    </>
  );
}

/** The bottom axis: ticks with labels and the axis title under them. */
export function XAxis({
  frame,
  ticks,
  x,
  title,
  format = String,
}: {
  frame: ChartFrame;
  ticks: readonly number[];
  x: Scale;
  title: string;
  format?: (value: number) => string;
}) {
  const base = frame.height - frame.margin.bottom;
  return (
    <>
      {ticks.map((value) => (
        <g key={value}>
          <line x1={x(value)} x2={x(value)} y1={base} y2={base + 4} className="axis-tick" />
          <text x={x(value)} y={base + 15} textAnchor="middle" className="axis-label">
            {format(value)}
          </text>
        </g>
      ))}
      <text
        x={(frame.margin.left + frame.width - frame.margin.right) / 2}
        y={frame.height - 3}
        textAnchor="middle"
        className="axis-title"
      >
        {title}
      </text>
    </>
  );
}

/** A dashed vertical line across the plot at one value (the current T, a mean), labelled at the top. */
export function XMarker({ frame, at, label }: { frame: ChartFrame; at: number; label: string }) {
  return (
    <g>
      <line x1={at} x2={at} y1={frame.margin.top} y2={frame.height - frame.margin.bottom} className="chart-marker" />
      <text x={at + 4} y={frame.margin.top + 10} className="axis-label">
        {label}
      </text>
    </g>
  );
}
