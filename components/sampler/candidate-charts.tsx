'use client';

import { useState } from 'react';
import { OffNote } from '@/components/ui/field-error';
import { TermHint } from '@/components/ui/term-hint';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import type { CandidateChart, CandidatePoint } from '@/lib/sampling/sampler-types';
import type { FeatureType } from '@/lib/sampling/complexity';
import { TERMS } from './terms';

/** Rows shown before "Show all": enough to see the head of the distribution without a page of bars. */
const ROWS_SHOWN = 12;

export const percent = (p: number) => `${(100 * p).toFixed(p < 0.001 ? 3 : p < 0.1 ? 2 : 1)}%`;

/** One bar row: P_T as the bar, P as the tick; `hint` is the hover text. */
export interface CandidateBar {
  id: string;
  name: string;
  p: number;
  pT: number;
  hint: string;
}

/**
 * A captioned list of candidates: each one's name (wrapped; the full name on hover), a bar of P_T and a tick at P.
 * Shared by the scenario charts (one per type) and the codebase mode's chart.
 */
export function CandidateBars({
  title,
  color,
  available,
  rows: top,
  temperature,
  empty,
}: {
  title: string;
  color: string;
  available: number;
  rows: CandidateBar[];
  temperature: number;
  empty: string;
}) {
  const [all, setAll] = useState(false);
  const rows = all ? top : top.slice(0, ROWS_SHOWN);
  const max = Math.max(1e-9, ...top.map((c) => Math.max(c.p, c.pT)));
  const share = (p: number) => `${((100 * p) / max).toFixed(2)}%`;
  return (
    <figure className="candidate-chart">
      <figcaption>
        <span className="type-dot" style={{ background: color }} aria-hidden="true" /> {title}
        <span className="muted nowrap">
          top {top.length} of {available}
        </span>
      </figcaption>
      {top.length === 0 ? (
        <p className="note">{empty}</p>
      ) : (
        <ol
          className="candidate-rows"
          aria-label={`${title}: top ${top.length} of ${available} candidates, chance at T = ${temperature} and at T = 1`}
        >
          {rows.map((c) => (
            <li key={c.id} title={c.hint}>
              <span className="candidate-name">{c.name}</span>
              <span className="candidate-track" aria-hidden="true">
                <span className="candidate-bar" style={{ width: share(c.pT), background: color }} />
                <span className="candidate-tick" style={{ left: share(c.p) }} />
              </span>
              <span className="candidate-value">
                {percent(c.pT)}
                <span className="visually-hidden">
                  {' '}
                  at T = {temperature}, {percent(c.p)} at T = 1
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {top.length > ROWS_SHOWN ? (
        <button type="button" className="link candidate-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the top ${ROWS_SHOWN} only` : `Show all ${top.length}`}
        </button>
      ) : null}
    </figure>
  );
}

/** One row per top candidate of a type. */
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
  return (
    <CandidateBars
      title={info.title}
      color={info.color}
      available={available}
      temperature={temperature}
      empty="No candidates of this type."
      rows={top.map((c) => ({
        id: c.id,
        name: c.name,
        p: c.p,
        pT: c.pT,
        hint: `${c.name}\nP_T = ${percent(c.pT)} (T = ${temperature}) · P = ${percent(c.p)} (T = 1)\nP1 = ${percent(c.p1)} · P2 = ${percent(c.p2)} · shared documents ${c.scenarioWeight}`,
      }))}
    />
  );
}

interface CandidateChartsProps {
  chart: CandidateChart | undefined;
  error: Error | null;
  busy: boolean;
  /** Why the chart cannot follow the form (an invalid temperature); the last valid one stays, dimmed. */
  blocker: string | undefined;
  /** Scenarios that can be charted, when there are several. */
  choices: Array<{ id: string; name: string }>;
  selected: string | undefined;
  onSelect(id: string): void;
}

/** The candidate distribution of each type at the current T, overlaid on T = 1 (top 30). */
export function CandidateCharts({ chart, error, busy, blocker, choices, selected, onSelect }: CandidateChartsProps) {
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
      <OffNote action="The chart" reason={blocker} />
      {error && !blocker ? (
        <p role="alert" className="error-message">
          Could not load candidates: {error.message}
        </p>
      ) : null}
      {chart ? (
        <div className={blocker ? 'stale' : undefined}>
          <p className="note candidate-caption">
            The candidates of “{chart.scenario.name}” ({chart.scenario.docCount} documents), most likely first. Each bar
            is a candidate’s chance of being drawn at the current temperature T = {chart.temperature} (
            <TermHint
              term={
                <>
                  P<sub>T</sub>
                </>
              }
            >
              {TERMS.pT}
            </TermHint>
            ); the black tick marks its chance at T = 1 (<TermHint term="P">{TERMS.p}</TermHint>), so the gap between
            them is what temperature changes. Hop mix <TermHint term="λ">{TERMS.lambda}</TermHint> = {chart.lambda}.
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
        </div>
      ) : error || blocker ? null : (
        <p className="note" role="status">
          Loading candidates…
        </p>
      )}
    </section>
  );
}
