import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { z } from 'zod';
import { batchRequestSchema } from '@/lib/schemas/batch';
import { parseSamplerView } from '@/lib/schemas/sampler-view';
import { previewRequestSchema, sweepRequestSchema, TEMPERATURE_RANGE } from '@/lib/schemas/sampling';
import { actionBlocker, numberProblem, RULES, ruleText, samplerProblems, type NumberRule } from './form-rules';

const SCENARIO = 'Scenario:retail demand forecasting';

/** Whether the schema accepts `value` at `path` of an otherwise valid request. */
function accepts(schema: z.ZodType, base: Record<string, unknown>, path: string[], value: number): boolean {
  const body = structuredClone(base);
  let target = body;
  for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[path.at(-1)!] = value;
  const parsed = schema.safeParse(body);
  if (parsed.success) return true;
  const issues = parsed.error.issues.filter((i) => i.path.join('.') === path.join('.'));
  assert.equal(issues.length, parsed.error.issues.length, `only ${path.join('.')} fails for ${value}`);
  return false;
}

const sampling = { scenarios: [SCENARIO], counts: { Knowledge: 1, DomainSkill: 1, CodingSkill: 1 } };
const CASES: Array<{ name: string; rule: NumberRule; schema: z.ZodType; base: object; path: string[] }> = [
  {
    name: 'feature count',
    rule: RULES.featureCount,
    schema: previewRequestSchema,
    base: sampling,
    path: ['counts', 'Knowledge'],
  },
  {
    name: 'sweep feature count',
    rule: RULES.featureCount,
    schema: sweepRequestSchema,
    base: sampling,
    path: ['counts', 'CodingSkill'],
  },
  { name: 'seed', rule: RULES.seed, schema: previewRequestSchema, base: sampling, path: ['seed'] },
  { name: 'preview count', rule: RULES.previewCount, schema: previewRequestSchema, base: sampling, path: ['count'] },
  { name: 'batch count', rule: RULES.batchCount, schema: batchRequestSchema, base: sampling, path: ['count'] },
  {
    name: 'token budget',
    rule: RULES.maxTokens,
    schema: batchRequestSchema,
    base: { ...sampling, count: 1 },
    path: ['maxTokens'],
  },
  {
    name: 'attempts',
    rule: RULES.attempts,
    schema: batchRequestSchema,
    base: { ...sampling, count: 1 },
    path: ['verify', 'attempts'],
  },
];

for (const { name, rule, schema, base, path } of CASES) {
  test(`the ${name} rule is exactly what the server's schema accepts`, () => {
    const body = { count: 1, ...base } as Record<string, unknown>;
    const at = (value: number) => accepts(schema, body, path, value);
    assert.ok(at(rule.min), `min ${rule.min} accepted`);
    assert.ok(at(rule.max), `max ${rule.max} accepted`);
    assert.ok(!at(rule.min - 1), `below min rejected`);
    assert.ok(!at(rule.max + 1), `above max rejected`);
    assert.equal(rule.integer, !at(rule.min + 0.5), 'whole numbers only iff the rule says so');
    for (const value of [rule.min, rule.max, rule.min - 1, rule.max + 1, rule.min + 0.5])
      assert.equal(numberProblem(name, String(value), rule) === null, at(value), `form and schema agree on ${value}`);
  });
}

test('the temperature rule is the slider range, and the schema accepts all of it', () => {
  assert.deepEqual(RULES.temperature, { ...TEMPERATURE_RANGE, integer: false });
  for (const schema of [previewRequestSchema, batchRequestSchema]) {
    const body = { ...sampling, count: 1 };
    for (const t of [RULES.temperature.min, 1, 1.234, RULES.temperature.max])
      assert.ok(accepts(schema, body, ['temperature'], t), `T = ${t} accepted`);
  }
  assert.equal(numberProblem('Temperature', '0.05', RULES.temperature), 'Temperature must be between 0.1 and 10');
  assert.equal(numberProblem('Temperature', '1000', RULES.temperature), 'Temperature must be between 0.1 and 10');
  assert.equal(numberProblem('Temperature', '0.1', RULES.temperature), null);
});

test('messages say the range in words, with grouped digits for large bounds', () => {
  assert.equal(ruleText('Seed', RULES.seed), 'Seed must be a whole number between 0 and 4,294,967,295');
  assert.equal(numberProblem('Seed', '', RULES.seed), 'Seed must be a whole number between 0 and 4,294,967,295');
  assert.equal(numberProblem('Seed', '1.5', RULES.seed), 'Seed must be a whole number between 0 and 4,294,967,295');
  assert.equal(numberProblem('Seed', '12', RULES.seed), null);
});

test('the Sampler form: drafts by their rule, all-zero counts by the preview schema, per action', () => {
  const view = parseSamplerView(new URLSearchParams({ scenario: SCENARIO, seed: '1' }), 1);
  const ok = samplerProblems(view, { temperature: '2' });
  assert.deepEqual(ok, { fields: {}, counts: [], scenarios: [] });
  assert.equal(actionBlocker(ok, 'preview'), undefined);

  const hot = samplerProblems(view, { temperature: '1000' });
  assert.equal(actionBlocker(hot, 'preview'), 'Temperature must be between 0.1 and 10');
  assert.equal(actionBlocker(hot, 'batch'), 'Temperature must be between 0.1 and 10');
  assert.equal(actionBlocker(hot, 'sweep'), undefined, 'the sweep does not read T');

  const many = samplerProblems(view, { count: '5000' });
  assert.equal(actionBlocker(many, 'preview'), 'Combinations to preview must be a whole number between 1 and 1,000');
  assert.equal(actionBlocker(many, 'batch'), undefined, 'a batch does not read the preview count');

  const none = samplerProblems(
    { ...view, complexity: 'custom', counts: { Knowledge: 0, DomainSkill: 0, CodingSkill: 0 } },
    {},
  );
  assert.deepEqual(none.counts, ['Feature counts: ask for at least one feature']);
  assert.equal(actionBlocker(none, 'batch'), 'Feature counts: ask for at least one feature');
  assert.equal(actionBlocker(none, 'chart'), undefined);
});
