'use client';

import { MAX_SELECTED_SCENARIOS } from '@/lib/schemas/sampling';
import type { SamplerView } from '@/lib/schemas/sampler-view';
import type { ScenarioOption } from '@/lib/sampling/sampler-types';

interface ScenarioPickerProps {
  view: SamplerView;
  scenarios: ScenarioOption[];
  loading: boolean;
  onChange(change: Partial<SamplerView>): void;
}

const nameOf = (ref: string, byId: Map<string, ScenarioOption>) => byId.get(ref)?.name ?? ref.slice('Scenario:'.length);

/** One scenario, several, or all of them, and how items pick among several. */
export function ScenarioPicker({ view, scenarios, loading, onChange }: ScenarioPickerProps) {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const addable = scenarios.filter((s) => !view.scenarios.includes(s.id));
  const several = view.selection === 'all' || view.scenarios.length > 1;
  return (
    <fieldset className="sampler-fieldset">
      <legend>Scenarios</legend>
      <div className="segmented" role="radiogroup" aria-label="Scenario selection">
        <label>
          <input
            type="radio"
            name="selection"
            value="list"
            checked={view.selection === 'list'}
            onChange={() => onChange({ selection: 'list' })}
          />
          Chosen
        </label>
        <label>
          <input
            type="radio"
            name="selection"
            value="all"
            checked={view.selection === 'all'}
            onChange={() => onChange({ selection: 'all' })}
          />
          All {scenarios.length > 0 ? `(${scenarios.length.toLocaleString('en-US')})` : ''}
        </label>
      </div>

      {view.selection === 'list' ? (
        <>
          <ul className="chip-list" aria-label="Chosen scenarios">
            {view.scenarios.map((ref) => (
              <li key={ref} className="chip">
                <span className="chip-name" title={ref}>
                  {nameOf(ref, byId)}
                  {byId.has(ref) ? <span className="muted"> · {byId.get(ref)!.docCount} docs</span> : null}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${nameOf(ref, byId)}`}
                  disabled={view.scenarios.length <= 1}
                  title={view.scenarios.length <= 1 ? 'Keep at least one scenario, or choose "All"' : 'Remove'}
                  onClick={() => onChange({ scenarios: view.scenarios.filter((r) => r !== ref) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <label className="field">
            <span>Add scenario</span>
            <select
              value=""
              disabled={loading || addable.length === 0 || view.scenarios.length >= MAX_SELECTED_SCENARIOS}
              onChange={(event) => {
                if (event.target.value) onChange({ scenarios: [...view.scenarios, event.target.value] });
              }}
            >
              <option value="">{loading ? 'Loading scenarios…' : 'Choose a scenario…'}</option>
              {addable.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.docCount})
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}

      <label className="field">
        <span>Pick a scenario per item</span>
        <select
          value={view.weighting}
          disabled={!several}
          onChange={(event) => onChange({ weighting: event.target.value === 'uniform' ? 'uniform' : 'docCount' })}
        >
          <option value="docCount">weighted by document count</option>
          <option value="uniform">uniformly</option>
        </select>
      </label>
    </fieldset>
  );
}
