'use client';

import type { ReactNode } from 'react';
import { OffNote } from '@/components/ui/field-error';
import { TermHint } from '@/components/ui/term-hint';
import type { SweepPoint, SweepResult } from '@/lib/sampling/sampler-types';
import { TEMPERATURE_RANGE } from '@/lib/schemas/sampling';
import {
  linearScale,
  logScale,
  XAxis,
  XMarker,
  xRange,
  YGrid,
  yRange,
  type ChartFrame,
} from '@/components/ui/chart-axes';
import { TERMS } from './terms';

const FRAME: ChartFrame = { width: 640, height: 260, margin: { left: 44, right: 16, top: 12, bottom: 34 } };
const X_TICKS = [0.1, 0.2, 0.5, 1, 2, 5, 10];

const SERIES: Array<{ key: keyof Omit<SweepPoint, 'temperature'>; label: string; color: string; note: ReactNode }> = [
  {
    key: 'coherence',
    label: 'Coherence',
    color: '#1d2330',
    note: (
      <>
        mean <TermHint term="NPMI">{TERMS.npmi}</TermHint>
      </>
    ),
  },
  { key: 'distinctRatio', label: 'Distinct ratio', color: '#f28e2b', note: 'distinct combinations' },
  { key: 'entropy', label: 'Usage entropy', color: '#76b7b2', note: 'normalized' },
  { key: 'coverage', label: 'Coverage', color: '#9c755f', note: 'features used / available' },
];

interface SweepChartProps {
  sweep: SweepResult | undefined;
  error: Error | null;
  busy: boolean;
  /** Why the sweep cannot run (an invalid field); the last valid one stays, dimmed. */
  blocker: string | undefined;
  temperature: number;
}

/** Coherence and diversity against T (log axis), computed on the server; the current T is marked. */
export function SweepChart({ sweep, error, busy, blocker, temperature }: SweepChartProps) {
  const points = sweep?.points ?? [];
  const coherences = points.map((p) => p.coherence).filter((c): c is number => c !== null);
  const yMin = Math.min(-0.2, Math.floor(Math.min(0, ...coherences) * 5) / 5);
  const yMax = 1;
  const x = logScale([TEMPERATURE_RANGE.min, TEMPERATURE_RANGE.max], xRange(FRAME));
  const y = linearScale([yMin, yMax], yRange(FRAME));
  const yTicks: number[] = [];
  for (let v = Math.ceil(yMin * 5) / 5; v <= yMax + 1e-9; v += 0.2) yTicks.push(Math.round(v * 10) / 10);

  return (
    <section className="panel" aria-labelledby="sweep-heading" aria-busy={busy}>
      <div className="section-head">
        <h2 id="sweep-heading">Temperature sweep</h2>
        {busy ? (
          <span className="note" role="status">
            Sweeping…
          </span>
        ) : null}
      </div>
      <p className="note">
        Coherence and diversity against T at the chosen complexity
        {sweep ? `, ${sweep.samplesPerPoint} samples per point on the server` : ''}. Low T repeats the strongest
        features; high T spreads out and loses coherence.
      </p>
      <OffNote action="Sweep" reason={blocker} />
      {error && !blocker ? (
        <p role="alert" className="error-message">
          Could not compute the sweep: {error.message}
        </p>
      ) : null}
      {sweep ? (
        <div className={blocker ? 'stale' : undefined}>
          <svg
            className="sweep-chart"
            viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
            role="img"
            aria-label={`Temperature sweep: coherence and diversity against T from 0.1 to 10, ${points.length} points`}
          >
            <YGrid frame={FRAME} ticks={yTicks} y={y} format={(v) => v.toFixed(1)} />
            <XAxis frame={FRAME} ticks={X_TICKS} x={x} title="temperature T (log scale)" />
            <XMarker frame={FRAME} at={x(temperature)} label={`T = ${temperature}`} />
            {SERIES.map((series) => {
              const defined = points.filter((p) => p[series.key] !== null);
              const path = defined
                .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.temperature).toFixed(1)},${y(p[series.key]!).toFixed(1)}`)
                .join(' ');
              return (
                <g key={series.key} className="sweep-series" data-series={series.key}>
                  <path
                    d={path}
                    fill="none"
                    stroke={series.color}
                    strokeWidth={series.key === 'coherence' ? 2.5 : 1.75}
                  />
                  {defined.map((p) => (
                    <circle
                      key={p.temperature}
                      cx={x(p.temperature)}
                      cy={y(p[series.key]!)}
                      r={2.5}
                      fill={series.color}
                    >
                      <title>{`${series.label} ${p[series.key]!.toFixed(3)} at T = ${p.temperature}`}</title>
                    </circle>
                  ))}
                </g>
              );
            })}
          </svg>
          <ul className="sweep-legend" aria-label="Sweep series">
            {SERIES.map((s) => (
              <li key={s.key}>
                <span className="legend-swatch" style={{ background: s.color }} aria-hidden="true" />
                {s.label} <span className="muted">({s.note})</span>
              </li>
            ))}
          </ul>
          <details>
            <summary>Sweep data</summary>
            <table className="table compact" aria-label="Sweep data">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    T
                  </th>
                  {SERIES.map((s) => (
                    <th key={s.key} scope="col" className="num">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.temperature}>
                    <td className="num">{p.temperature}</td>
                    {SERIES.map((s) => (
                      <td key={s.key} className="num">
                        {p[s.key] === null ? '—' : p[s.key]!.toFixed(3)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </div>
      ) : error || blocker ? null : (
        <p className="note" role="status">
          Computing the sweep…
        </p>
      )}
    </section>
  );
}
