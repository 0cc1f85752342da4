import { z } from 'zod';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import { FEATURE_TYPES, type FeatureType } from '@/lib/sampling/complexity';
import { batchRequestSchema, verifyRequestSchema } from '@/lib/schemas/batch';
import { previewBody, type SamplerView } from '@/lib/schemas/sampler-view';
import { featureCountsSchema, previewRequestSchema, TEMPERATURE_RANGE } from '@/lib/schemas/sampling';

/** What a number field accepts; read from the server's zod schemas, so form and API agree. */
export interface NumberRule {
  min: number;
  max: number;
  integer: boolean;
}

type Wrapped = z.ZodType & { unwrap(): z.ZodType };
const isWrapped = (schema: z.ZodType): schema is Wrapped =>
  schema instanceof z.ZodDefault || schema instanceof z.ZodOptional || schema instanceof z.ZodNullable;

/** The bounds of a (defaulted, optional or nullable) zod number. */
export function numberRule(schema: z.ZodType): NumberRule {
  let inner = schema;
  while (isWrapped(inner)) inner = inner.unwrap();
  if (!(inner instanceof z.ZodNumber)) throw new TypeError('not a number schema');
  const { minValue, maxValue, isInt } = inner;
  if (minValue === null || maxValue === null || !Number.isFinite(minValue) || !Number.isFinite(maxValue))
    throw new TypeError('a form number needs finite bounds');
  return { min: minValue, max: maxValue, integer: isInt };
}

/** A rule narrowed to a range the UI offers (it never widens what the schema accepts). */
const within = (rule: NumberRule, range: { min: number; max: number }): NumberRule => ({
  ...rule,
  min: Math.max(rule.min, range.min),
  max: Math.min(rule.max, range.max),
});

const preview = previewRequestSchema.in.shape;
const batch = batchRequestSchema.in.shape;

export const RULES = {
  featureCount: numberRule(featureCountsSchema.shape.Knowledge),
  temperature: within(numberRule(preview.temperature), TEMPERATURE_RANGE),
  seed: numberRule(preview.seed),
  previewCount: numberRule(preview.count),
  batchCount: numberRule(batch.count),
  maxTokens: numberRule(batch.maxTokens),
  attempts: numberRule(verifyRequestSchema.unwrap().shape.attempts),
  examples: numberRule(verifyRequestSchema.unwrap().shape.examples),
} as const satisfies Record<string, NumberRule>;

const words = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 10 });

/** "Temperature must be between 0.1 and 10", "Seed must be a whole number between 0 and 4,294,967,295". */
export function ruleText(label: string, rule: NumberRule): string {
  return `${label} must be ${rule.integer ? 'a whole number ' : ''}between ${words(rule.min)} and ${words(rule.max)}`;
}

/** Parses what was typed; an empty or unreadable entry is NaN. */
export const parseNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export function acceptsNumber(rule: NumberRule, value: number): boolean {
  return Number.isFinite(value) && value >= rule.min && value <= rule.max && (!rule.integer || Number.isInteger(value));
}

/** The message for a typed value, or null when it is fine. */
export function numberProblem(label: string, text: string, rule: NumberRule): string | null {
  return acceptsNumber(rule, parseNumber(text)) ? null : ruleText(label, rule);
}

/** The Sampler's number fields that keep what was typed until it is valid. */
export type SamplerField = FeatureType | 'temperature' | 'seed' | 'count';
export type SamplerDrafts = Partial<Record<SamplerField, string>>;

export const FIELD_INFO: Record<SamplerField, { label: string; rule: NumberRule }> = {
  ...(Object.fromEntries(
    FEATURE_TYPES.map((type) => [type, { label: ELEMENT_TYPE_INFO[type].title, rule: RULES.featureCount }]),
  ) as Record<FeatureType, { label: string; rule: NumberRule }>),
  temperature: { label: 'Temperature', rule: RULES.temperature },
  seed: { label: 'Seed', rule: RULES.seed },
  count: { label: 'Combinations to preview', rule: RULES.previewCount },
};

/** Labels of request fields named in schema issues that are not single number fields. */
const ISSUE_LABELS: Record<string, string> = { counts: 'Feature counts', scenarios: 'Scenarios' };

/** "Feature counts: ask for at least one feature". */
export function issueText(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  const label = ISSUE_LABELS[field] ?? (field || 'Parameters');
  return `${label}: ${issue.message}`;
}

export interface SamplerProblems {
  /** Per number field, what is wrong with what was typed. */
  fields: Partial<Record<SamplerField, string>>;
  /** Rules across fields (all counts 0, no scenario), as the server's schema words them. */
  counts: string[];
  scenarios: string[];
}

/** Everything wrong with the Sampler's form: typed drafts by their rule, the rest by the preview schema. */
export function samplerProblems(view: SamplerView, drafts: SamplerDrafts): SamplerProblems {
  const fields: SamplerProblems['fields'] = {};
  for (const [field, text] of Object.entries(drafts) as Array<[SamplerField, string | undefined]>) {
    if (text === undefined) continue;
    const problem = numberProblem(FIELD_INFO[field].label, text, FIELD_INFO[field].rule);
    if (problem) fields[field] = problem;
  }
  const parsed = previewRequestSchema.safeParse(previewBody(view));
  const issues = parsed.success ? [] : parsed.error.issues;
  const at = (key: string) => issues.filter((i) => i.path[0] === key).map(issueText);
  return { fields, counts: at('counts'), scenarios: at('scenarios') };
}

// Which fields each action reads: the sweep ignores T and N, the chart reads only T, a batch ignores N.
const ACTION_FIELDS = {
  preview: ['Knowledge', 'DomainSkill', 'CodingSkill', 'temperature', 'seed', 'count'],
  sweep: ['Knowledge', 'DomainSkill', 'CodingSkill', 'seed'],
  chart: ['temperature'],
  preset: ['Knowledge', 'DomainSkill', 'CodingSkill', 'temperature', 'seed', 'count'],
  batch: ['Knowledge', 'DomainSkill', 'CodingSkill', 'temperature', 'seed'],
} as const satisfies Record<string, readonly SamplerField[]>;
export type SamplerAction = keyof typeof ACTION_FIELDS;

/** Why an action is off ("Temperature must be between 0.1 and 10"), or undefined when it can run. */
export function actionBlocker(problems: SamplerProblems, action: SamplerAction): string | undefined {
  const reasons: string[] = ACTION_FIELDS[action].flatMap((field) => problems.fields[field] ?? []);
  if (action !== 'chart') reasons.push(...problems.counts, ...problems.scenarios);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}
