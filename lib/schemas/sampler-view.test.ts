import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewRequestSchema, sweepRequestSchema } from './sampling';
import {
  chartedScenario,
  formatSamplerView,
  parseSamplerView,
  previewBody,
  sweepBody,
  withCounts,
} from './sampler-view';

describe('Sampler view in the URL', () => {
  it('round-trips through search parameters', () => {
    const view = {
      selection: 'list' as const,
      scenarios: ['Scenario:a b', 'Scenario:c'],
      weighting: 'uniform' as const,
      complexity: 'custom' as const,
      counts: { Knowledge: 3, DomainSkill: 0, CodingSkill: 5 },
      temperature: 2.51,
      lambda: 0.4,
      strategy: 'random' as const,
      seed: 123,
      count: 50,
      view: 'Scenario:c',
    };
    assert.deepEqual(parseSamplerView(formatSamplerView(view), 9), view);
  });

  it('falls back to defaults for missing or malformed values', () => {
    const view = parseSamplerView(
      new URLSearchParams('t=abc&lambda=7&c=C9&n=-4&strategy=magic&scenario=Knowledge:x&seed=nope'),
      77,
    );
    assert.deepEqual(view, {
      selection: 'list',
      scenarios: [],
      weighting: 'docCount',
      complexity: 'C2',
      counts: { Knowledge: 2, DomainSkill: 2, CodingSkill: 2 },
      temperature: 1,
      lambda: 1,
      strategy: 'random',
      seed: 77,
      count: 1,
    });
    assert.equal(parseSamplerView(new URLSearchParams('t=0'), 1).temperature, 0.1);
    assert.equal(parseSamplerView(new URLSearchParams('t=99'), 1).temperature, 10);
  });

  it('makes request bodies the API accepts; the sweep ignores T and N', () => {
    const view = withCounts(parseSamplerView(new URLSearchParams('scenario=Scenario:s&t=3'), 5), {
      Knowledge: 1,
      DomainSkill: 1,
      CodingSkill: 1,
    });
    assert.equal(view.complexity, 'C1');
    assert.equal(withCounts(view, { Knowledge: 1, DomainSkill: 2, CodingSkill: 1 }).complexity, 'custom');
    assert.equal(previewRequestSchema.parse(previewBody(view)).temperature, 3);
    assert.equal('temperature' in sweepBody(view), false);
    assert.deepEqual(sweepRequestSchema.parse(sweepBody(view)).scenarios, ['s']);
  });

  it('charts the chosen view scenario, else the first chosen, else the top one', () => {
    const view = parseSamplerView(new URLSearchParams('scenario=Scenario:a&scenario=Scenario:b'), 1);
    assert.equal(chartedScenario(view, 'Scenario:top'), 'Scenario:a');
    assert.equal(chartedScenario({ ...view, view: 'Scenario:b' }, 'Scenario:top'), 'Scenario:b');
    assert.equal(chartedScenario({ ...view, view: 'Scenario:z' }, 'Scenario:top'), 'Scenario:a');
    assert.equal(chartedScenario({ ...view, selection: 'all' }, 'Scenario:top'), 'Scenario:top');
  });
});
