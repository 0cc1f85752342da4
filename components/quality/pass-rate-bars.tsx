import type { QualityReport } from '@/lib/verification/report-types';
import { linearScale, XAxis, xRange, YGrid, yRange, type ChartFrame } from '@/components/ui/chart-axes';

const FRAME: ChartFrame = { width: 560, height: 240, margin: { left: 40, right: 14, top: 18, bottom: 36 } };
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** Pass rate (passing attempts / attempts) per coherence tenth, with the problems behind each bar. */
export function PassRateBars({ buckets }: { buckets: QualityReport['byCoherence'] }) {
  const from = buckets[0]?.from ?? -1;
  const to = buckets.at(-1)?.to ?? 1;
  const x = linearScale([from, to], xRange(FRAME));
  const y = linearScale([0, 1], yRange(FRAME));
  const ticks = buckets.map((b) => b.from).concat(to);
  return (
    <svg
      className="quality-chart"
      viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
      role="img"
      aria-label={`Pass rate by coherence: ${buckets
        .filter((b) => b.problems > 0)
        .map((b) => `${b.from.toFixed(1)} to ${b.to.toFixed(1)}: ${pct(b.passRate)} of ${b.problems} problems`)
        .join('; ')}`}
    >
      <YGrid frame={FRAME} ticks={[0, 0.25, 0.5, 0.75, 1]} y={y} format={pct} />
      {buckets.map((bucket) =>
        bucket.problems > 0 ? (
          <g key={bucket.from}>
            <rect
              className="histogram-bar"
              x={x(bucket.from) + 1}
              width={Math.max(0, x(bucket.to) - x(bucket.from) - 2)}
              y={y(bucket.passRate)}
              height={y(0) - y(bucket.passRate)}
            >
              <title>{`coherence ${bucket.from.toFixed(1)} to ${bucket.to.toFixed(1)}: pass rate ${pct(bucket.passRate)}, ${pct(bucket.solvedRate)} solved, ${bucket.problems} problems`}</title>
            </rect>
            <text
              x={(x(bucket.from) + x(bucket.to)) / 2}
              y={y(bucket.passRate) - 4}
              textAnchor="middle"
              className="axis-label"
            >
              n={bucket.problems}
            </text>
          </g>
        ) : null,
      )}
      <XAxis
        frame={FRAME}
        ticks={ticks}
        x={x}
        title="coherence of the combination (mean NPMI)"
        format={(v) => v.toFixed(1)}
      />
    </svg>
  );
}
