import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chiSquarePValue, chiSquareStatistic } from './chi-square';
import { prepareScenario, type ScenarioCandidates } from './combination';
import { presetCounts } from './complexity';
import { mulberry32 } from './prng';
import { drawItem, featurePairsOf, scenarioOfItem, scoreItem, shortNotices, summarizeRun } from './run';
import { scenarioChooser } from './selection';
import { randomStrategy } from './strategies';
import { candidateId, type Candidate } from './transitions';

function scenario(key: string, perType: number): ScenarioCandidates {
  const candidates: Candidate[] = [];
  for (const type of ['Knowledge', 'DomainSkill', 'CodingSkill'] as const) {
    for (let i = 0; i < perType; i += 1)
      candidates.push({
        type,
        key: `${key}-${type}-${i}`,
        name: `${type} ${i}`,
        docCount: 5 + i,
        scenarioWeight: 1 + i,
        p1: (i + 1) / 10,
        p2: 0.01,
      });
  }
  return { scenario: { key, name: key, docCount: 10, strength: 30 }, documents: 50, truncated: false, candidates };
}

const scenarios = [scenario('a', 6), scenario('b', 2)];
const prepared = scenarios.map((s) => prepareScenario(s, 0.25, 1));
const choose = scenarioChooser([{ docCount: 30 }, { docCount: 10 }], 'docCount');
const counts = presetCounts('C3');

describe('preview runs', () => {
  it('item i depends only on (seed, i): drawn alone or in a run, it is the same', () => {
    const run = Array.from({ length: 40 }, (_, i) =>
      drawItem(7, i, choose, (s) => prepared[s]!, counts, randomStrategy),
    );
    const alone = drawItem(7, 33, choose, (s) => prepared[s]!, counts, randomStrategy);
    assert.deepEqual(alone, run[33]);
    assert.equal(scenarioOfItem(7, 33, choose), alone.scenario);
    const other = Array.from({ length: 40 }, (_, i) =>
      drawItem(8, i, choose, (s) => prepared[s]!, counts, randomStrategy),
    );
    assert.notDeepEqual(
      other.map((item) => item.combination.features.map(candidateId)),
      run.map((item) => item.combination.features.map(candidateId)),
    );
  });

  it('chooses scenarios in proportion to document count, or uniformly', () => {
    const weights = [{ docCount: 50 }, { docCount: 30 }, { docCount: 0 }, { docCount: 20 }];
    for (const weighting of ['docCount', 'uniform'] as const) {
      const pick = scenarioChooser(weights, weighting);
      const observed = [0, 0, 0, 0];
      const random = mulberry32(11);
      for (let d = 0; d < 50_000; d += 1) observed[pick(random)]! += 1;
      const expected = weighting === 'uniform' ? [0.25, 0.25, 0.25, 0.25] : [0.5, 0.3, 0, 0.2];
      const cells = expected.map((p) => p * 50_000);
      assert.equal(weighting === 'docCount' ? observed[2] : 0, 0, 'a scenario without documents is never chosen');
      const dof = expected.filter((p) => p > 0).length - 1;
      assert.ok(
        chiSquarePValue(chiSquareStatistic(observed, cells), dof) > 0.001,
        `${weighting}: ${observed.join(', ')}`,
      );
    }
  });

  it('marks items of a scenario with too few candidates short and reports it', () => {
    const items = Array.from({ length: 60 }, (_, i) =>
      drawItem(1, i, choose, (s) => prepared[s]!, counts, randomStrategy),
    );
    for (const item of items) {
      const expectShort = item.scenario === 1;
      assert.deepEqual(item.combination.short, expectShort ? ['Knowledge', 'DomainSkill', 'CodingSkill'] : []);
      assert.equal(item.combination.features.length, expectShort ? 6 : 9);
    }
    assert.deepEqual(
      shortNotices(prepared, counts).map((n) => `${n.scenario}:${n.type}:${n.available}/${n.requested}`),
      ['b:Knowledge:2/3', 'b:DomainSkill:2/3', 'b:CodingSkill:2/3'],
    );
  });

  it('scores items with the exact weights and summarizes coherence and diversity', () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      drawItem(3, i, choose, (s) => prepared[s]!, counts, randomStrategy),
    );
    assert.equal(
      featurePairsOf(items.slice(0, 1)).length,
      (items[0]!.combination.features.length * (items[0]!.combination.features.length - 1)) / 2,
    );
    const scored = items.map((item) => scoreItem(item, prepared[item.scenario]!, () => 0));
    const first = scored[0]!;
    const n = first.combination.features.length + 1;
    assert.equal(first.pairs.length, (n * (n - 1)) / 2);
    assert.ok(first.pairs.length > 0);
    // Features never co-occur here (weight 0 → −1); scenario pairs do.
    for (const pair of first.pairs) assert.equal(pair.npmi === -1, pair.a !== 0);
    const summary = summarizeRun(scored, prepared, counts);
    assert.equal(summary.combinations, 30);
    assert.equal(summary.candidatesAvailable, 18 + 6);
    assert.ok(summary.coverage > 0 && summary.coverage <= 1);
    assert.equal(summary.shortCombinations, scored.filter((item) => item.scenario === 1).length);
  });
});
