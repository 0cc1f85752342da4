'use client';

import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import { FEATURE_TYPES } from '@/lib/sampling/complexity';
import type { PreviewItem, PreviewResult } from '@/lib/sampling/sampler-types';
import { percent } from './candidate-charts';

export const formatCoherence = (value: number | null) => (value === null ? '—' : value.toFixed(3));

/** A bar from −1 to 1 around a centre line. */
function CoherenceBar({ value }: { value: number | null }) {
  if (value === null) return null;
  const half = 24;
  const width = Math.abs(value) * half;
  return (
    <span className="coherence-bar" aria-hidden="true">
      <span
        className={value >= 0 ? 'pos' : 'neg'}
        style={{ width: `${width}px`, [value >= 0 ? 'left' : 'right']: `${half}px` }}
      />
    </span>
  );
}

interface PreviewTableProps {
  result: PreviewResult;
  selected: number | null;
  onSelect(index: number): void;
}

/** One row per combination: its features by type and its coherence; a row opens its graph. */
export function PreviewTable({ result, selected, onSelect }: PreviewTableProps) {
  const showScenario = new Set(result.items.map((item) => item.scenario.id)).size > 1;
  const countsLabel = FEATURE_TYPES.map((type) => `${ELEMENT_TYPE_INFO[type].short} ${result.counts[type]}`).join(', ');
  return (
    <div className="preview-scroll">
      <table className="table preview-table" aria-label="Preview combinations">
        <caption>
          {result.items.length} combinations · {countsLabel} · T = {result.temperature} · λ = {result.lambda} · seed{' '}
          {result.seed}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {showScenario ? <th scope="col">Scenario</th> : null}
            {FEATURE_TYPES.map((type) => (
              <th key={type} scope="col">
                {ELEMENT_TYPE_INFO[type].title}
              </th>
            ))}
            <th scope="col" className="num">
              Coherence
            </th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((item) => (
            <Row
              key={item.index}
              item={item}
              showScenario={showScenario}
              selected={selected === item.index}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({
  item,
  showScenario,
  selected,
  onSelect,
}: {
  item: PreviewItem;
  showScenario: boolean;
  selected: boolean;
  onSelect(index: number): void;
}) {
  return (
    <tr
      className={selected ? 'selected' : undefined}
      aria-selected={selected}
      onClick={() => onSelect(item.index)}
      data-short={item.short.length > 0 || undefined}
    >
      <td>
        <button
          type="button"
          className="row-button"
          aria-label={`Show combination ${item.index + 1} in the graph`}
          aria-pressed={selected}
          onClick={() => onSelect(item.index)}
        >
          {item.index + 1}
        </button>
        {item.selection ? (
          <span className={`badge-pick ${item.selection.by}`} title={item.selection.reason}>
            {item.selection.by === 'llm' ? 'LLM pick' : 'random fallback'}
          </span>
        ) : null}
        {item.short.length > 0 ? (
          <span
            className="badge-short"
            title={`Fewer candidates than requested for ${item.short.map((t) => ELEMENT_TYPE_INFO[t].title).join(', ')}; not padded`}
          >
            short
          </span>
        ) : null}
      </td>
      {showScenario ? <td className="scenario-cell">{item.scenario.name}</td> : null}
      {FEATURE_TYPES.map((type) => (
        <td key={type}>
          <ul className="feature-list" aria-label={ELEMENT_TYPE_INFO[type].title}>
            {item.features
              .filter((f) => f.type === type)
              .map((f) => (
                <li
                  key={f.id}
                  style={{ borderColor: ELEMENT_TYPE_INFO[type].color }}
                  title={`${f.name} · P_T ${percent(f.probability)} · ${f.docCount} documents`}
                >
                  {f.name}
                </li>
              ))}
          </ul>
        </td>
      ))}
      <td className="num">
        <CoherenceBar value={item.coherence} />
        {formatCoherence(item.coherence)}
      </td>
    </tr>
  );
}
