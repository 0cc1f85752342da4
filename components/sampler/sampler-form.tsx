'use client';

import { useQuery } from '@tanstack/react-query';
import { llmStatusQuery } from '@/components/ui/llm-badge';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import { COMPLEXITY_PRESETS, FEATURE_TYPES, MAX_FEATURES_PER_TYPE, presetCounts } from '@/lib/sampling/complexity';
import type { ScenarioOption } from '@/lib/sampling/sampler-types';
import { STRATEGY_IDS, STRATEGY_INFO, type StrategyId } from '@/lib/sampling/strategies';
import { roundTemperature, withCounts, type SamplerView } from '@/lib/schemas/sampler-view';
import { MAX_PREVIEW_COUNT, MAX_SEED, TEMPERATURE_RANGE } from '@/lib/schemas/sampling';
import { llmStrategyBlocker } from './llm-readiness';
import { NumberField } from './number-field';
import { ScenarioPicker } from './scenario-picker';

interface SamplerFormProps {
  view: SamplerView;
  scenarios: ScenarioOption[];
  scenariosLoading: boolean;
  onChange(change: Partial<SamplerView>): void;
  onReplace(view: SamplerView): void;
}

// The slider moves log10(T) in hundredths of a decade.
const toSlider = (t: number) => Math.round(Math.log10(t) * 100);
const fromSlider = (v: number) => roundTemperature(Math.pow(10, v / 100));

export const randomSeed = () => Math.floor(Math.random() * 1_000_000);

/** The sampling parameters: scenarios, complexity, temperature, hop mix, strategy, seed and N. */
export function SamplerForm({ view, scenarios, scenariosLoading, onChange, onReplace }: SamplerFormProps) {
  const llm = useQuery(llmStatusQuery);
  // The llm strategy needs an endpoint that answers; random never does.
  const unavailable: Record<StrategyId, string | undefined> = {
    random: undefined,
    llm: llm.error ? `LLM status unavailable: ${llm.error.message}` : llmStrategyBlocker(llm.data),
  };
  return (
    <form className="sampler-form panel" aria-label="Sampling parameters" onSubmit={(event) => event.preventDefault()}>
      <ScenarioPicker view={view} scenarios={scenarios} loading={scenariosLoading} onChange={onChange} />

      <fieldset className="sampler-fieldset">
        <legend>Complexity</legend>
        <div className="segmented" role="radiogroup" aria-label="Complexity preset">
          {[...COMPLEXITY_PRESETS, 'custom' as const].map((preset) => (
            <label
              key={preset}
              title={preset === 'custom' ? 'Set a count per type' : `${preset.slice(1)} feature(s) of each type`}
            >
              <input
                type="radio"
                name="complexity"
                value={preset}
                checked={view.complexity === preset}
                onChange={() =>
                  onReplace(
                    preset === 'custom'
                      ? { ...view, complexity: 'custom' }
                      : { ...view, complexity: preset, counts: presetCounts(preset) },
                  )
                }
              />
              {preset === 'custom' ? 'Custom' : preset}
            </label>
          ))}
        </div>
        <div className="count-grid">
          {FEATURE_TYPES.map((type) => (
            <NumberField
              key={type}
              className="field count-field"
              label={ELEMENT_TYPE_INFO[type].title}
              value={view.counts[type]}
              min={0}
              max={MAX_FEATURES_PER_TYPE}
              integer
              onCommit={(n) => onReplace(withCounts(view, { ...view.counts, [type]: n }))}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="sampler-fieldset">
        <legend>Temperature</legend>
        <label className="field">
          <span>
            Temperature (log scale) <output className="value">T = {view.temperature}</output>
          </span>
          <input
            type="range"
            min={toSlider(TEMPERATURE_RANGE.min)}
            max={toSlider(TEMPERATURE_RANGE.max)}
            step={1}
            aria-label="Temperature (log scale)"
            value={toSlider(view.temperature)}
            aria-valuetext={`T = ${view.temperature}`}
            onChange={(event) => onChange({ temperature: fromSlider(Number(event.target.value)) })}
          />
          <span className="range-ends" aria-hidden="true">
            <span>0.1 coherent</span>
            <span>1</span>
            <span>10 diverse</span>
          </span>
        </label>
        <NumberField
          label="Temperature T"
          value={view.temperature}
          min={TEMPERATURE_RANGE.min}
          max={TEMPERATURE_RANGE.max}
          step={0.01}
          onCommit={(t) => onChange({ temperature: roundTemperature(t) })}
        />
        <label className="field">
          <span>
            Hop mix λ <output className="value">{view.lambda.toFixed(2)}</output>
          </span>
          <input
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={view.lambda}
            aria-label="Hop mix λ"
            aria-valuetext={`λ = ${view.lambda}`}
            onChange={(event) => onChange({ lambda: Number(event.target.value) })}
          />
          <span className="range-ends" aria-hidden="true">
            <span>0 first hop</span>
            <span>1 second hop</span>
          </span>
        </label>
      </fieldset>

      <fieldset className="sampler-fieldset">
        <legend>Strategy</legend>
        {STRATEGY_IDS.map((id) => {
          const info = STRATEGY_INFO[id];
          const blocker = unavailable[id];
          return (
            <label key={id} className={blocker ? 'option disabled' : 'option'}>
              <input
                type="radio"
                name="strategy"
                value={id}
                checked={view.strategy === id}
                disabled={Boolean(blocker)}
                aria-label={info.title}
                aria-describedby={`strategy-${id}-note`}
                onChange={() => onChange({ strategy: id })}
              />
              <span>
                {info.title}
                <span id={`strategy-${id}-note`} className="note">
                  {blocker ? `${info.description} Unavailable: ${blocker}.` : info.description}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>

      <fieldset className="sampler-fieldset">
        <legend>Reproducibility</legend>
        <div className="seed-row">
          <NumberField
            label="Seed"
            value={view.seed}
            min={0}
            max={MAX_SEED}
            integer
            onCommit={(seed) => onChange({ seed })}
          />
          <button type="button" className="button" onClick={() => onChange({ seed: randomSeed() })}>
            New seed
          </button>
        </div>
        <NumberField
          label="Combinations to preview"
          value={view.count}
          min={1}
          max={MAX_PREVIEW_COUNT}
          integer
          onCommit={(count) => onChange({ count })}
        />
      </fieldset>
    </form>
  );
}
