'use client';

import { useLlmStatus } from '@/components/ui/llm-badge';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import { TermHint } from '@/components/ui/term-hint';
import { FieldError } from '@/components/ui/field-error';
import { COMPLEXITY_PRESETS, FEATURE_TYPES, presetCounts } from '@/lib/sampling/complexity';
import type { ScenarioOption } from '@/lib/sampling/sampler-types';
import { STRATEGY_IDS, STRATEGY_INFO, type StrategyId } from '@/lib/sampling/strategies';
import { roundTemperature, withCounts, type SamplerView } from '@/lib/schemas/sampler-view';
import { TEMPERATURE_RANGE } from '@/lib/schemas/sampling';
import { FIELD_INFO, type SamplerDrafts, type SamplerField, type SamplerProblems } from './form-rules';
import { llmStrategyBlocker } from './llm-readiness';
import { NumberField } from './number-field';
import { ScenarioPicker } from './scenario-picker';
import { TERMS } from './terms';

interface SamplerFormProps {
  view: SamplerView;
  scenarios: ScenarioOption[];
  scenariosLoading: boolean;
  drafts: SamplerDrafts;
  problems: SamplerProblems;
  onDraft(field: SamplerField, text: string | undefined): void;
  onChange(change: Partial<SamplerView>): void;
  onReplace(view: SamplerView): void;
}

const COUNTS_ERROR = 'sampler-counts-error';

// The slider moves log10(T) in hundredths of a decade.
const toSlider = (t: number) => Math.round(Math.log10(t) * 100);
const fromSlider = (v: number) => roundTemperature(Math.pow(10, v / 100));

export const randomSeed = () => Math.floor(Math.random() * 1_000_000);

/** The sampling parameters: scenarios, complexity, temperature, hop mix, strategy, seed and N. */
export function SamplerForm({
  view,
  scenarios,
  scenariosLoading,
  drafts,
  problems,
  onDraft,
  onChange,
  onReplace,
}: SamplerFormProps) {
  const llm = useLlmStatus();
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
                onChange={() => {
                  if (preset !== 'custom') for (const type of FEATURE_TYPES) onDraft(type, undefined);
                  onReplace(
                    preset === 'custom'
                      ? { ...view, complexity: 'custom' }
                      : { ...view, complexity: preset, counts: presetCounts(preset) },
                  );
                }}
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
              rule={FIELD_INFO[type].rule}
              draft={drafts[type]}
              describedBy={problems.counts.length > 0 ? COUNTS_ERROR : undefined}
              onDraft={(text) => onDraft(type, text)}
              onCommit={(n) => onReplace(withCounts(view, { ...view.counts, [type]: n }))}
            />
          ))}
        </div>
        <FieldError id={COUNTS_ERROR} message={problems.counts.join('; ')} />
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
            onChange={(event) => {
              onDraft('temperature', undefined);
              onChange({ temperature: fromSlider(Number(event.target.value)) });
            }}
          />
          <span className="range-ends" aria-hidden="true">
            <span>0.1 coherent</span>
            <span>1</span>
            <span>10 diverse</span>
          </span>
        </label>
        <NumberField
          label="Temperature T"
          subject={FIELD_INFO.temperature.label}
          value={view.temperature}
          rule={FIELD_INFO.temperature.rule}
          draft={drafts.temperature}
          step={0.01}
          onDraft={(text) => onDraft('temperature', text)}
          onCommit={(t) => onChange({ temperature: roundTemperature(t) })}
        />
        <div className="field">
          <span>
            <span>
              Hop mix <TermHint term="λ">{TERMS.lambda}</TermHint>
            </span>
            <output className="value">{view.lambda.toFixed(2)}</output>
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
        </div>
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
            rule={FIELD_INFO.seed.rule}
            draft={drafts.seed}
            onDraft={(text) => onDraft('seed', text)}
            onCommit={(seed) => onChange({ seed })}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              onDraft('seed', undefined);
              onChange({ seed: randomSeed() });
            }}
          >
            New seed
          </button>
        </div>
        <NumberField
          label="Combinations to preview"
          value={view.count}
          rule={FIELD_INFO.count.rule}
          draft={drafts.count}
          onDraft={(text) => onDraft('count', text)}
          onCommit={(count) => onChange({ count })}
        />
      </fieldset>
    </form>
  );
}
