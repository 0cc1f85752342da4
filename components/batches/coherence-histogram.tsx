import type { BatchDetail } from '@/lib/synthesis/types';
import { linearScale, XAxis, XMarker, xRange, YGrid, yRange, type ChartFrame } from '@/components/ui/chart-axes';
import { formatCount } from '@/components/ui/format';

// Drawn for a side column: a narrow view box keeps the labels readable.
const FRAME: ChartFrame = { width: 400, height: 190, margin: { left: 30, right: 12, top: 14, bottom: 34 } };
const X_TICKS = [-1, -0.5, 0, 0.5, 1];

/** How coherent the stored problems' combinations are: counts per NPMI bin over [−1, 1], with the mean marked. */
export function CoherenceHistogram({ coherence }: { coherence: BatchDetail['coherence'] }) {
  const { bins, mean, count, withoutPairs } = coherence;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const x = linearScale([-1, 1], xRange(FRAME));
  const y = linearScale([0, max], yRange(FRAME));
  const yTicks = [...new Set([0, Math.round(max / 2), max])];

  return (
    <section className="panel" aria-labelledby="coherence-heading">
      <h2 id="coherence-heading">Coherence of the combinations</h2>
      <p className="note">
        Mean NPMI over each stored problem&apos;s pairs (scenario included; a pair that never co-occurs scores −1).{' '}
        {count === 0
          ? 'No problems yet'
          : `${formatCount(count)} problems, mean ${mean === null ? '—' : mean.toFixed(3)}`}
        {withoutPairs > 0 ? `; ${formatCount(withoutPairs)} without any pair (not plotted)` : ''}.
      </p>
      {count > 0 ? (
        <svg
          className="coherence-chart"
          viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
          role="img"
          aria-label={`Coherence histogram: ${formatCount(count)} problems in ${bins.length} bins from −1 to 1`}
        >
          <YGrid frame={FRAME} ticks={yTicks} y={y} />
          {bins.map((bin) => (
            <rect
              key={bin.from}
              className="histogram-bar"
              x={x(bin.from) + 0.5}
              width={Math.max(0, x(bin.to) - x(bin.from) - 1)}
              y={y(bin.count)}
              height={y(0) - y(bin.count)}
            >
              <title>{`${bin.from.toFixed(2)} to ${bin.to.toFixed(2)}: ${bin.count}`}</title>
            </rect>
          ))}
          <XAxis frame={FRAME} ticks={X_TICKS} x={x} title="coherence (mean NPMI)" />
          {mean !== null ? <XMarker frame={FRAME} at={x(mean)} label={`mean ${mean.toFixed(3)}`} /> : null}
        </svg>
      ) : null}
    </section>
  );
}
