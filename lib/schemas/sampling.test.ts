import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidatesQuerySchema, previewRequestSchema, sweepRequestSchema } from './sampling';

const base = { scenarios: ['Scenario:retail demand forecasting'] };
const failingField = (
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } } },
  value: unknown,
) => {
  const result = schema.safeParse(value);
  assert.equal(result.success, false, `${JSON.stringify(value)} should fail`);
  return result.error!.issues[0]!.path.join('.');
};

describe('sampling request schemas', () => {
  it('fills defaults and resolves complexity to counts', () => {
    const parsed = previewRequestSchema.parse(base);
    assert.deepEqual(parsed, {
      selection: 'list',
      scenarios: ['retail demand forecasting'],
      weighting: 'docCount',
      lambda: 0.25,
      strategy: 'random',
      seed: 1,
      temperature: 1,
      count: 20,
      counts: { Knowledge: 2, DomainSkill: 2, CodingSkill: 2 },
    });
    assert.deepEqual(previewRequestSchema.parse({ ...base, complexity: 'C3' }).counts, {
      Knowledge: 3,
      DomainSkill: 3,
      CodingSkill: 3,
    });
    assert.deepEqual(
      previewRequestSchema.parse({ ...base, counts: { Knowledge: 0, DomainSkill: 4, CodingSkill: 1 } }).counts,
      { Knowledge: 0, DomainSkill: 4, CodingSkill: 1 },
    );
  });

  it('rejects bad values naming the field', () => {
    assert.equal(failingField(previewRequestSchema, { ...base, temperature: 0 }), 'temperature');
    assert.equal(failingField(previewRequestSchema, { ...base, temperature: -2 }), 'temperature');
    assert.equal(failingField(previewRequestSchema, { ...base, temperature: Number.NaN }), 'temperature');
    assert.equal(failingField(previewRequestSchema, { ...base, temperature: 1000 }), 'temperature');
    assert.equal(
      failingField(previewRequestSchema, { ...base, counts: { Knowledge: -1, DomainSkill: 1, CodingSkill: 1 } }),
      'counts.Knowledge',
    );
    assert.equal(
      failingField(previewRequestSchema, { ...base, counts: { Knowledge: 0, DomainSkill: 0, CodingSkill: 0 } }),
      'counts',
    );
    assert.equal(
      failingField(previewRequestSchema, {
        ...base,
        complexity: 'C3',
        counts: { Knowledge: 1, DomainSkill: 1, CodingSkill: 1 },
      }),
      'counts',
    );
    assert.equal(failingField(previewRequestSchema, { ...base, count: 0 }), 'count');
    assert.equal(failingField(previewRequestSchema, { ...base, count: 1001 }), 'count');
    assert.equal(failingField(previewRequestSchema, { ...base, lambda: 1.5 }), 'lambda');
    assert.equal(failingField(previewRequestSchema, { ...base, seed: 1.5 }), 'seed');
    assert.equal(failingField(previewRequestSchema, { scenarios: [] }), 'scenarios');
    assert.equal(failingField(previewRequestSchema, { scenarios: ['Knowledge:pandas'] }), 'scenarios.0');
    assert.equal(failingField(previewRequestSchema, { ...base, strategy: 'magic' }), 'strategy');
    assert.equal(failingField(sweepRequestSchema, { ...base, samplesPerPoint: 199 }), 'samplesPerPoint');
    assert.equal(failingField(candidatesQuerySchema, { scenario: 'Scenario:x', temperature: 'NaN' }), 'temperature');
    assert.equal(failingField(candidatesQuerySchema, { scenario: 'Scenario:x', temperature: '0' }), 'temperature');
  });

  it('accepts "all scenarios" without a list', () => {
    assert.equal(previewRequestSchema.parse({ selection: 'all', weighting: 'uniform' }).selection, 'all');
  });
});
