import type { BatchDetail } from '@/lib/synthesis/types';
import { formatCount } from './format';

// Drawn for a side column: a narrow view box keeps the labels readable.
const WIDTH = 400;
const HEIGHT = 190;
const MARGIN = { left: 30, right: 12, top: 14, bottom: 34 };
const X_TICKS = [-1, -0.5, 0, 0.5, 1];

/** How coherent the stored problems' combinations are: counts per NPMI bin over [−1, 1], with the mean marked. */
export function CoherenceHistogram({ coherence }: { coherence: BatchDetail['coherence'] }) {
  const { bins, mean, count, withoutPairs } = coherence;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const x = (v: number) => MARGIN.left + ((v + 1) / 2) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (n: number) => MARGIN.top + (1 - n / max) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const yTicks = [...new Set([0, Math.round(max / 2), max])];

  return (
    <section className="panel" aria-labelledby="coherence-heading">
      <h2 id="coherence-heading">Coherence of the combinations</h2>
      <p className="note">
        Mean NPMI over each stored problem&apos;s pairs (scenario included; a pair that never co-occurs scores −1).{' '}
        {count === 0 ? 'No problems yet' : `${formatCount(count)} problems, mean ${mean === null ? '—' : mean.toFixed(3)}`}
        {withoutPairs > 0 ? `; ${formatCount(withoutPairs)} without any pair (not plotted)` : ''}.
      </p>
      {count > 0 ? (
        <svg className="coherence-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Coherence histogram: ${formatCount(count)} problems in ${bins.length} bins from −1 to 1`}>
          {yTicks.map((n) => (
            <g key={n}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(n)} y2={y(n)} className={n === 0 ? 'axis-zero' : 'grid-line'} />
              <text x={MARGIN.left - 6} y={y(n) + 3.5} textAnchor="end" className="axis-label">
                {n}
              </text>
            </g>
          ))}
          {bins.map((bin) => (
            <rect key={bin.from} className="histogram-bar" x={x(bin.from) + 0.5} width={Math.max(0, x(bin.to) - x(bin.from) - 1)} y={y(bin.count)} height={y(0) - y(bin.count)}>
              <title>{`${bin.from.toFixed(2)} to ${bin.to.toFixed(2)}: ${bin.count}`}</title>
            </rect>
          ))}
          {X_TICKS.map((v) => (
            <g key={v}>
              <line x1={x(v)} x2={x(v)} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom + 4} className="axis-tick" />
              <text x={x(v)} y={HEIGHT - MARGIN.bottom + 15} textAnchor="middle" className="axis-label">
                {v}
              </text>
            </g>
          ))}
          <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 3} textAnchor="middle" className="axis-title">
            coherence (mean NPMI)
          </text>
          {mean !== null ? (
            <g>
              <line x1={x(mean)} x2={x(mean)} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} className="current-t" />
              <text x={x(mean) + 4} y={MARGIN.top + 10} className="axis-label">
                mean {mean.toFixed(3)}
              </text>
            </g>
          ) : null}
        </svg>
      ) : null}
    </section>
  );
}
