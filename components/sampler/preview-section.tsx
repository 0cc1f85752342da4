'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES } from '@/lib/domain/element-types';
import type { PreviewItem, PreviewResult } from '@/lib/sampling/sampler-types';
import { OffNote } from '@/components/ui/field-error';
import { Metric } from '@/components/ui/metric';
import { TermHint } from '@/components/ui/term-hint';
import { combinationElements } from './combination-elements';
import { formatCoherence, PreviewTable } from './preview-table';
import { TERMS } from './terms';

// Cytoscape needs the DOM: load the graph in the browser only, starting as soon as this module runs
// there, so the chunk loads beside the page's own instead of after the first preview arrives.
const graphModule = () => import('@/components/shared/combination-graph');
if (typeof window !== 'undefined') void graphModule();
const CombinationGraph = dynamic(() => graphModule().then((m) => m.CombinationGraph), {
  ssr: false,
  loading: () => <div className="combination-canvas graph-loading">Loading graph…</div>,
});

const ratio = (value: number) => `${(100 * value).toFixed(1)}%`;

/** Coherence and diversity of the whole preview. */
export function PreviewSummary({ result }: { result: PreviewResult }) {
  const s = result.summary;
  return (
    <div className="metric-grid" aria-label="Preview metrics">
      <Metric
        label="Mean coherence"
        value={formatCoherence(s.coherence)}
        note={
          <>
            mean <TermHint term="NPMI">{TERMS.npmi}</TermHint> over pairs, −1 to 1
          </>
        }
      />
      <Metric label="Distinct combinations" value={ratio(s.distinctRatio)} note={`of ${s.combinations}`} />
      <Metric label="Usage entropy" value={s.entropy.toFixed(3)} note="normalized, 0 to 1" />
      <Metric
        label="Coverage"
        value={ratio(s.coverage)}
        note={`${s.featuresUsed} of ${s.candidatesAvailable} candidates used`}
      />
      <Metric label="Short combinations" value={String(s.shortCombinations)} note="fewer candidates than asked" />
    </div>
  );
}

/** The chosen combination as a graph, with every pair's weight and NPMI listed. */
function CombinationDetail({ item }: { item: PreviewItem }) {
  const elements = useMemo(() => combinationElements(item), [item]);
  const names = [item.scenario.name, ...item.features.map((f) => f.name)];
  const cooccurring = item.pairs.filter((p) => p.weight > 0).length;
  return (
    <section className="combination-detail" aria-label={`Combination ${item.index + 1}`}>
      <h3>
        Combination {item.index + 1} <span className="muted">· coherence {formatCoherence(item.coherence)}</span>
      </h3>
      <div className="combination-columns">
        <div>
          <CombinationGraph
            className="combination-canvas"
            elements={elements}
            label={`Graph of combination ${item.index + 1}: ${cooccurring} of ${item.pairs.length} pairs co-occur`}
          />
          <p className="legend-line" aria-hidden="true">
            {ELEMENT_TYPES.map((type) => (
              <span key={type}>
                <span className="type-dot" style={{ background: ELEMENT_TYPE_INFO[type].color }} />{' '}
                {ELEMENT_TYPE_INFO[type].title}
              </span>
            ))}
            <span>numbers = documents shared with the scenario (hover another edge for its count)</span>
          </p>
        </div>
        <details className="pair-details" open>
          <summary>
            {cooccurring} of {item.pairs.length} pairs co-occur
          </summary>
          <table className="table compact" aria-label={`Pairs of combination ${item.index + 1}`}>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col" className="num">
                  Shared docs
                </th>
                <th scope="col" className="num">
                  <TermHint term="NPMI">{TERMS.npmi}</TermHint>
                </th>
              </tr>
            </thead>
            <tbody>
              {item.pairs.map((p) => (
                <tr key={`${p.a}-${p.b}`}>
                  <td>
                    {names[p.a]} — {names[p.b]}
                  </td>
                  <td className="num">{p.weight}</td>
                  <td className="num">{p.npmi.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    </section>
  );
}

interface PreviewSectionProps {
  result: PreviewResult | undefined;
  error: Error | null;
  busy: boolean;
  /** Why the preview cannot run (an invalid field); the last valid one stays, dimmed. */
  blocker: string | undefined;
  selected: number | null;
  onSelect(index: number): void;
}

export function PreviewSection({ result, error, busy, blocker, selected, onSelect }: PreviewSectionProps) {
  const item = result?.items.find((i) => i.index === selected) ?? result?.items[0];
  return (
    <section className="panel" aria-labelledby="preview-heading" aria-busy={busy}>
      <div className="section-head">
        <h2 id="preview-heading">Preview</h2>
        {busy ? (
          <span className="note" role="status">
            Sampling…
          </span>
        ) : null}
      </div>
      <OffNote action="Preview" reason={blocker} />
      {blocker && result ? <p className="note">Below: the last valid preview.</p> : null}
      {error && !blocker ? (
        <p role="alert" className="error-message">
          Could not preview: {error.message}
        </p>
      ) : null}
      {result ? (
        <div className={blocker ? 'stale' : undefined}>
          <PreviewSummary result={result} />
          <div className="preview-body">
            <PreviewTable result={result} selected={item?.index ?? null} onSelect={onSelect} />
            {item ? <CombinationDetail item={item} /> : null}
          </div>
        </div>
      ) : error || blocker ? null : (
        <p className="note" role="status">
          Sampling the first preview…
        </p>
      )}
    </section>
  );
}
