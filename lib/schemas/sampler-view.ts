import { z } from 'zod';
import {
  COMPLEXITY_PRESETS,
  FEATURE_TYPES,
  MAX_FEATURES_PER_TYPE,
  presetCounts,
  presetOf,
  type ComplexityPreset,
  type FeatureCounts,
} from '../sampling/complexity';
import { STRATEGY_IDS, type StrategyId } from '../sampling/strategies';
import {
  DEFAULT_LAMBDA,
  DEFAULT_PREVIEW_COUNT,
  DEFAULT_TEMPERATURE,
  MAX_PREVIEW_COUNT,
  MAX_SEED,
  MAX_SELECTED_SCENARIOS,
  TEMPERATURE_RANGE,
  type PreviewRequestInput,
  type SweepRequestInput,
} from './sampling';

/** Everything the Sampler page is set to; it lives in the URL so a link reopens the same preview. */
export interface SamplerView {
  selection: 'list' | 'all';
  /** "Scenario:key" refs. */
  scenarios: string[];
  weighting: 'docCount' | 'uniform';
  complexity: ComplexityPreset | 'custom';
  counts: FeatureCounts;
  temperature: number;
  lambda: number;
  strategy: StrategyId;
  seed: number;
  count: number;
  /** The scenario whose candidates are charted (defaults to the first chosen one). */
  view?: string;
}

/** URL parameter of each feature type's count (complexity "custom"). */
export const COUNT_PARAMS = { Knowledge: 'dk', DomainSkill: 'ds', CodingSkill: 'cs' } as const;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const numberOr = (value: string | null, fallback: number) => {
  const n = value === null || value.trim() === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
};

/** Rounds T to 3 significant digits so the URL stays readable. */
export function roundTemperature(value: number): number {
  return Number(clamp(value, TEMPERATURE_RANGE.min, TEMPERATURE_RANGE.max).toPrecision(3));
}

/** Reads the Sampler view from URL parameters; anything missing or malformed gets its default. */
export function parseSamplerView(params: URLSearchParams, fallbackSeed: number): SamplerView {
  const complexity = z
    .enum([...COMPLEXITY_PRESETS, 'custom'])
    .catch('C2')
    .parse(params.get('c') ?? 'C2');
  const counts =
    complexity === 'custom'
      ? (Object.fromEntries(
          FEATURE_TYPES.map((type) => [
            type,
            Math.round(clamp(numberOr(params.get(COUNT_PARAMS[type]), 1), 0, MAX_FEATURES_PER_TYPE)),
          ]),
        ) as FeatureCounts)
      : presetCounts(complexity);
  const view = params.get('view');
  return {
    selection: params.get('select') === 'all' ? 'all' : 'list',
    scenarios: [
      ...new Set(
        params.getAll('scenario').filter((ref) => ref.startsWith('Scenario:') && ref.length > 'Scenario:'.length),
      ),
    ].slice(0, MAX_SELECTED_SCENARIOS),
    weighting: params.get('weight') === 'uniform' ? 'uniform' : 'docCount',
    complexity,
    counts,
    temperature: roundTemperature(numberOr(params.get('t'), DEFAULT_TEMPERATURE)),
    lambda: Math.round(clamp(numberOr(params.get('lambda'), DEFAULT_LAMBDA), 0, 1) * 100) / 100,
    strategy: z
      .enum(STRATEGY_IDS)
      .catch('random')
      .parse(params.get('strategy') ?? 'random'),
    seed: Math.round(clamp(numberOr(params.get('seed'), fallbackSeed), 0, MAX_SEED)),
    count: Math.round(clamp(numberOr(params.get('n'), DEFAULT_PREVIEW_COUNT), 1, MAX_PREVIEW_COUNT)),
    ...(view ? { view } : {}),
  };
}

/** The URL parameters of a view (defaults included, so a link is explicit). */
export function formatSamplerView(state: SamplerView): URLSearchParams {
  const params = new URLSearchParams();
  if (state.selection === 'all') params.set('select', 'all');
  else for (const ref of state.scenarios) params.append('scenario', ref);
  params.set('weight', state.weighting);
  params.set('c', state.complexity);
  if (state.complexity === 'custom')
    for (const type of FEATURE_TYPES) params.set(COUNT_PARAMS[type], String(state.counts[type]));
  params.set('t', String(state.temperature));
  params.set('lambda', String(state.lambda));
  params.set('strategy', state.strategy);
  params.set('seed', String(state.seed));
  params.set('n', String(state.count));
  if (state.view) params.set('view', state.view);
  return params;
}

/** Complexity follows the counts: equal to a preset → that preset, otherwise custom. */
export function withCounts(state: SamplerView, counts: FeatureCounts): SamplerView {
  return { ...state, counts, complexity: presetOf(counts) ?? 'custom' };
}

function samplingBody(state: SamplerView) {
  return {
    selection: state.selection,
    scenarios: state.selection === 'list' ? state.scenarios : [],
    weighting: state.weighting,
    counts: state.counts,
    lambda: state.lambda,
    strategy: state.strategy,
    seed: state.seed,
  };
}

export function previewBody(state: SamplerView): PreviewRequestInput {
  return { ...samplingBody(state), temperature: state.temperature, count: state.count };
}

/** The sweep does not depend on T or N: moving T only moves the marker on the plot. */
export function sweepBody(state: SamplerView): SweepRequestInput {
  return samplingBody(state);
}

/** The scenario whose candidates are charted. */
export function chartedScenario(state: SamplerView, topScenario: string | undefined): string | undefined {
  if (state.view && (state.selection === 'all' || state.scenarios.includes(state.view))) return state.view;
  return state.selection === 'list' ? state.scenarios[0] : topScenario;
}
