import { z } from 'zod';
import { elementRefSchema } from '../domain/element-ref';
import {
  COMPLEXITY_PRESETS,
  MAX_FEATURES_PER_TYPE,
  presetCounts,
  totalFeatures,
  type FeatureCounts,
} from '../sampling/complexity';
import { STRATEGY_IDS } from '../sampling/strategies';

/** The temperature slider's range; the API accepts a wider one. */
export const TEMPERATURE_RANGE = { min: 0.1, max: 10 } as const;
const API_TEMPERATURE = { min: 0.01, max: 100 } as const;
export const DEFAULT_TEMPERATURE = 1;
export const DEFAULT_LAMBDA = 0.25;
export const DEFAULT_PREVIEW_COUNT = 20;
export const MAX_PREVIEW_COUNT = 1_000;
/** Most scenarios in an explicit list. */
export const MAX_SELECTED_SCENARIOS = 50;
export const MAX_CHART_TOP = 200;
export const SWEEP_SAMPLES = { min: 200, max: 2_000, default: 200 } as const;
export const SWEEP_POINTS = { min: 3, max: 25, default: 13 } as const;
export const MAX_SEED = 4_294_967_295;

export const number = () => z.number({ error: 'must be a number' });
const coerced = () => z.coerce.number({ error: 'must be a number' });
// The same bounds for JSON numbers and for coerced URL parameters.
type NumberSchema = z.ZodNumber | z.ZodCoercedNumber;
export const int = <T extends NumberSchema>(base: T, min: number, max: number): T =>
  (base as z.ZodNumber)
    .int('must be an integer')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`) as T;
export const temperature = <T extends NumberSchema>(base: T): T =>
  (base as z.ZodNumber)
    .gt(0, 'must be greater than 0')
    .min(API_TEMPERATURE.min, `must be at least ${API_TEMPERATURE.min}`)
    .max(API_TEMPERATURE.max, `must be at most ${API_TEMPERATURE.max}`) as T;
const lambda = <T extends NumberSchema>(base: T): T =>
  (base as z.ZodNumber).min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1') as T;

/** "Scenario:key" → the scenario's key. */
export const scenarioRefSchema = elementRefSchema
  .refine((ref) => ref.type === 'Scenario', 'must name a scenario ("Scenario:key")')
  .transform((ref) => ref.key);

const count = int(number(), 0, MAX_FEATURES_PER_TYPE);
export const featureCountsSchema = z.object({ Knowledge: count, DomainSkill: count, CodingSkill: count });

export const samplingShape = {
  /** "list": the given scenarios; "all": every scenario in the graph. */
  selection: z.enum(['list', 'all'], { error: 'must be "list" or "all"' }).default('list'),
  scenarios: z
    .array(scenarioRefSchema, { error: 'must be a list of "Scenario:key"' })
    .max(MAX_SELECTED_SCENARIOS, `must hold at most ${MAX_SELECTED_SCENARIOS} scenarios`)
    .default([]),
  /** How items pick among several scenarios. */
  weighting: z.enum(['docCount', 'uniform'], { error: 'must be "docCount" or "uniform"' }).default('docCount'),
  complexity: z.enum(COMPLEXITY_PRESETS, { error: `must be one of ${COMPLEXITY_PRESETS.join(', ')}` }).optional(),
  counts: featureCountsSchema.optional(),
  lambda: lambda(number()).default(DEFAULT_LAMBDA),
  strategy: z.enum(STRATEGY_IDS, { error: `must be one of ${STRATEGY_IDS.join(', ')}` }).default('random'),
  seed: int(number(), 0, MAX_SEED).default(1),
};

interface SamplingFields {
  selection: 'list' | 'all';
  scenarios: string[];
  complexity?: (typeof COMPLEXITY_PRESETS)[number];
  counts?: FeatureCounts;
  strategy: (typeof STRATEGY_IDS)[number];
}

export function samplingRules(value: SamplingFields, ctx: z.RefinementCtx): void {
  if (value.selection === 'list' && value.scenarios.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['scenarios'], message: 'choose at least one scenario, or selection "all"' });
  }
  if (value.complexity && value.counts)
    ctx.addIssue({ code: 'custom', path: ['counts'], message: 'give either complexity or counts, not both' });
  if (value.counts && totalFeatures(value.counts) === 0)
    ctx.addIssue({ code: 'custom', path: ['counts'], message: 'ask for at least one feature' });
}

/** Counts from the preset, the explicit counts, or C2. */
export function withCounts<T extends SamplingFields>({
  complexity,
  counts,
  ...rest
}: T): Omit<T, 'complexity' | 'counts'> & { counts: FeatureCounts } {
  return { ...rest, counts: counts ?? presetCounts(complexity ?? 'C2') };
}

export const previewRequestSchema = z
  .object({
    ...samplingShape,
    temperature: temperature(number()).default(DEFAULT_TEMPERATURE),
    count: int(number(), 1, MAX_PREVIEW_COUNT).default(DEFAULT_PREVIEW_COUNT),
  })
  .superRefine(samplingRules)
  .transform(withCounts);

export const sweepRequestSchema = z
  .object({
    ...samplingShape,
    samplesPerPoint: int(number(), SWEEP_SAMPLES.min, SWEEP_SAMPLES.max).default(SWEEP_SAMPLES.default),
    points: int(number(), SWEEP_POINTS.min, SWEEP_POINTS.max).default(SWEEP_POINTS.default),
  })
  .superRefine(samplingRules)
  .transform(withCounts);

export const candidatesQuerySchema = z.object({
  scenario: scenarioRefSchema,
  lambda: lambda(coerced()).default(DEFAULT_LAMBDA),
  temperature: temperature(coerced()).default(DEFAULT_TEMPERATURE),
  top: int(coerced(), 1, MAX_CHART_TOP).default(30),
});

export type PreviewRequest = z.infer<typeof previewRequestSchema>;
export type PreviewRequestInput = z.input<typeof previewRequestSchema>;
export type SweepRequest = z.infer<typeof sweepRequestSchema>;
export type SweepRequestInput = z.input<typeof sweepRequestSchema>;
export type CandidatesQuery = z.infer<typeof candidatesQuerySchema>;
export type SamplingRequest = Omit<PreviewRequest, 'temperature' | 'count'>;
