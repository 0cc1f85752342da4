'use client';

import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import type { CandidateChart, CandidatePoint } from '@/lib/sampling/sampler-types';
import type { FeatureType } from '@/lib/sampling/complexity';

const ROW = 12;
const TOP = 4;
const LABEL_WIDTH = 104;
const WIDTH = 250;
const BAR_WIDTH = WIDTH - LABEL_WIDTH - 30;

export const percent = (p: number) => `${(100 * p).toFixed(p < 0.001 ? 3 : p < 0.1 ? 2 : 1)}%`;
const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Horizontal bars of P_T for the top candidates of one type, with P at T = 1 as a tick. */
function TypeChart({
  type,
  available,
  top,
  temperature,
}: {
  type: FeatureType;
  available: number;
  top: CandidatePoint[];
  temperature: number;
}) {
  const info = ELEMENT_TYPE_INFO[type];
  const max = Math.max(1e-9, ...top.map((c) => Math.max(c.p, c.pT)));
  const height = TOP + top.length * ROW + 4;
  const x = (p: number) => LABEL_WIDTH + (BAR_WIDTH * p) / max;
  return (
    <figure className="candidate-chart">
      <figcaption>
        <span className="type-dot" style={{ background: info.color }} aria-hidden="true" /> {info.title}
        <span className="muted nowrap">
          top {top.length} of {available}
        </span>
      </figcaption>
      {top.length === 0 ? (
        <p className="note">No candidates of this type.</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-label={`${info.title}: top ${top.length} of ${available} candidates, P at T = ${temperature} beside T = 1`}
        >
          {top.map((c, i) => {
            const y = TOP + i * ROW;
            return (
              <g key={c.id}>
                <title>{`${c.name}\nP_T = ${percent(c.pT)} (T = ${temperature}) · P = ${percent(c.p)} (T = 1)\nP1 = ${percent(c.p1)} · P2 = ${percent(c.p2)} · shared documents ${c.scenarioWeight}`}</title>
                <text x={LABEL_WIDTH - 4} y={y + ROW - 3.5} textAnchor="end" className="chart-label">
                  {shorten(c.name, 21)}
                </text>
                <rect
                  x={LABEL_WIDTH}
                  y={y + 1.5}
                  width={Math.max(0.5, x(c.pT) - LABEL_WIDTH)}
                  height={ROW - 3}
                  fill={info.color}
                  opacity={0.85}
                  rx={1.5}
                />
                <line x1={x(c.p)} x2={x(c.p)} y1={y + 0.5} y2={y + ROW - 0.5} className="chart-t1" />
                <text x={WIDTH - 1} y={y + ROW - 3.5} textAnchor="end" className="chart-value">
                  {percent(c.pT)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}

interface CandidateChartsProps {
  chart: CandidateChart | undefined;
  error: Error | null;
  busy: boolean;
  /** Scenarios that can be charted, when there are several. */
  choices: Array<{ id: string; name: string }>;
  selected: string | undefined;
  onSelect(id: string): void;
}

/** The candidate distribution of each type at the current T, overlaid on T = 1 (top 30). */
export function CandidateCharts({ chart, error, busy, choices, selected, onSelect }: CandidateChartsProps) {
  return (
    <section className="panel" aria-labelledby="candidates-heading" aria-busy={busy}>
      <div className="section-head">
        <h2 id="candidates-heading">Candidate distribution</h2>
        {choices.length > 1 ? (
          <label className="field inline">
            <span>Scenario</span>
            <select value={selected} onChange={(event) => onSelect(event.target.value)}>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="error-message">
          Could not load candidates: {error.message}
        </p>
      ) : null}
      {chart ? (
        <>
          <p className="note">
            “{chart.scenario.name}” ({chart.scenario.docCount} documents): bars are P<sub>T</sub> at T ={' '}
            {chart.temperature}, ticks are P at T = 1, with λ = {chart.lambda}.
            {chart.truncated ? ` Its hops were cut to the top ${chart.hopLimit} neighbours by weight.` : ''}
          </p>
          <div className="candidate-charts">
            {chart.types.map((t) => (
              <TypeChart
                key={t.type}
                type={t.type}
                available={t.available}
                top={t.top}
                temperature={chart.temperature}
              />
            ))}
          </div>
        </>
      ) : error ? null : (
        <p className="note" role="status">
          Loading candidates…
        </p>
      )}
    </section>
  );
}
