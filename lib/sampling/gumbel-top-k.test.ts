import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chiSquarePValue, chiSquareStatistic } from './chi-square';
import { drawRandomCombination, prepareScenario, type ScenarioCandidates } from './combination';
import { GumbelTopK, logAddExp, truncatedGumbel } from './gumbel-top-k';
import { mulberry32 } from './prng';
import { applyTemperature, temperatureLogits } from './temperature';
import type { Candidate } from './transitions';

const DRAWS = 100_000;
const WEIGHTS = [0.3, 0.2, 0.15, 0.1, 0.08, 0.07, 0.04, 0.03, 0.02, 0.01];

/** A scenario whose Knowledge candidates have P1 = WEIGHTS (λ = 0 makes P = P1 exactly). */
function scenarioWith(weights: readonly number[]): ScenarioCandidates {
  const candidates: Candidate[] = weights.map((p, i) => ({
    type: 'Knowledge',
    key: `k${String(i).padStart(2, '0')}`,
    name: `k${i}`,
    docCount: 10,
    scenarioWeight: 1,
    p1: p,
    p2: 0,
  }));
  return {
    scenario: { key: 's', name: 's', docCount: 10, strength: 10 },
    documents: 100,
    truncated: false,
    candidates,
  };
}

/**
 * Pearson's test of observed counts against expected probabilities; cells expecting fewer than 5
 * are pooled (the χ² approximation needs that), so the degrees of freedom are the pooled cells − 1.
 */
function goodnessOfFit(
  observed: readonly number[],
  probabilities: readonly number[],
  draws: number,
): { pValue: number; cells: number } {
  const obs: number[] = [];
  const exp: number[] = [];
  let pooledObs = 0;
  let pooledExp = 0;
  probabilities.forEach((p, i) => {
    if (p * draws >= 5) {
      obs.push(observed[i]!);
      exp.push(p * draws);
    } else {
      pooledObs += observed[i]!;
      pooledExp += p * draws;
    }
  });
  if (pooledExp > 0 || pooledObs > 0) {
    obs.push(pooledObs);
    exp.push(pooledExp);
  }
  const cells = exp.length;
  return { pValue: cells < 2 ? 1 : chiSquarePValue(chiSquareStatistic(obs, exp), cells - 1), cells };
}

const ONE_KNOWLEDGE = { Knowledge: 1, DomainSkill: 0, CodingSkill: 0 };

describe('sampling without replacement (Gumbel-top-k)', () => {
  for (const temperature of [0.3, 1, 5]) {
    it(`single-feature frequencies over ${DRAWS.toLocaleString('en-US')} draws match the closed-form P_T at T = ${temperature} (χ², p > 0.001)`, () => {
      const prepared = prepareScenario(scenarioWith(WEIGHTS), 0, temperature);
      const expected = applyTemperature(WEIGHTS, temperature);
      const counts = new Array<number>(WEIGHTS.length).fill(0);
      const random = mulberry32(1000 + temperature * 10);
      for (let d = 0; d < DRAWS; d += 1) {
        const [feature] = drawRandomCombination(prepared, ONE_KNOWLEDGE, random).features;
        counts[Number(feature!.key.slice(1))]! += 1;
      }
      const { pValue, cells } = goodnessOfFit(counts, expected, DRAWS);
      assert.ok(cells >= 3, `at least three cells to test (got ${cells})`);
      assert.ok(pValue > 0.001, `χ² p-value ${pValue} at T = ${temperature}; counts ${counts.join(', ')}`);
    });
  }

  for (const temperature of [1, 0.5]) {
    it(`draws of k = 3 match the exact successive-sampling probabilities of ordered triples at T = ${temperature}`, () => {
      const weights = [0.4, 0.25, 0.15, 0.12, 0.08];
      const q = applyTemperature(weights, temperature);
      const n = weights.length;
      const cell = (i: number, j: number, l: number) => (i * n + j) * n + l;
      const expected = new Array<number>(n * n * n).fill(0);
      for (let i = 0; i < n; i += 1) {
        for (let j = 0; j < n; j += 1) {
          for (let l = 0; l < n; l += 1) {
            if (i === j || j === l || i === l) continue;
            expected[cell(i, j, l)] = q[i]! * (q[j]! / (1 - q[i]!)) * (q[l]! / (1 - q[i]! - q[j]!));
          }
        }
      }
      assert.ok(Math.abs(expected.reduce((a, b) => a + b, 0) - 1) < 1e-12);
      const sampler = new GumbelTopK(temperatureLogits(weights, temperature));
      const observed = new Array<number>(n * n * n).fill(0);
      const random = mulberry32(77);
      for (let d = 0; d < DRAWS; d += 1) {
        const [i, j, l] = sampler.draw(3, random);
        observed[cell(i!, j!, l!)]! += 1;
      }
      const { pValue } = goodnessOfFit(observed, expected, DRAWS);
      assert.ok(pValue > 0.001, `χ² p-value ${pValue}`);
    });
  }

  it('approaches uniform as T grows, in closed form and in draws', () => {
    const distance = (T: number) =>
      applyTemperature(WEIGHTS, T).reduce((sum, p) => sum + Math.abs(p - 1 / WEIGHTS.length), 0) / 2;
    const temperatures = [1, 3, 10, 100, 1e4];
    for (let i = 1; i < temperatures.length; i += 1)
      assert.ok(distance(temperatures[i]!) < distance(temperatures[i - 1]!));
    assert.ok(distance(1e4) < 1e-3);

    const prepared = prepareScenario(scenarioWith(WEIGHTS), 0, 1e4);
    const counts = new Array<number>(WEIGHTS.length).fill(0);
    const random = mulberry32(5);
    for (let d = 0; d < 20_000; d += 1)
      counts[Number(drawRandomCombination(prepared, ONE_KNOWLEDGE, random).features[0]!.key.slice(1))]! += 1;
    assert.ok(
      goodnessOfFit(
        counts,
        WEIGHTS.map(() => 1 / WEIGHTS.length),
        20_000,
      ).pValue > 0.001,
      `not uniform: ${counts.join(', ')}`,
    );
  });

  it('approaches the argmax as T → 0, in closed form and in draws', () => {
    const top = (T: number) => applyTemperature(WEIGHTS, T)[0]!;
    const temperatures = [1, 0.3, 0.1, 0.03, 0.01];
    for (let i = 1; i < temperatures.length; i += 1) assert.ok(top(temperatures[i]!) > top(temperatures[i - 1]!));
    assert.ok(top(0.01) > 0.999999);

    const sampler = new GumbelTopK(temperatureLogits(WEIGHTS, 0.005));
    const random = mulberry32(9);
    for (let d = 0; d < 10_000; d += 1) assert.deepEqual(sampler.draw(3, random), [0, 1, 2]);
  });

  it('truncated Gumbels equal −log(e^−bound + e^−G) for the same uniform and stay below the bound', () => {
    for (const [location, bound] of [
      [0, 1],
      [2, -3],
      [-5, 40],
      [10, 10.5],
    ] as const) {
      const u = [0.1, 0.5, 0.93];
      for (const value of u) {
        const once = () => value;
        const g = location - Math.log(-Math.log((Math.floor(value * 4294967296) + 0.5) / 4294967296));
        const expected = -logAddExp(-bound, -g);
        assert.ok(Math.abs(truncatedGumbel(location, bound, once) - expected) < 1e-9);
        assert.ok(truncatedGumbel(location, bound, once) <= bound);
      }
    }
    const far = truncatedGumbel(-2000, 0, () => 0.5);
    assert.ok(Number.isFinite(far) && far < -1990);
  });

  it('never draws a weight-0 item and returns the whole support when k exceeds it', () => {
    const sampler = new GumbelTopK(temperatureLogits([0.5, 0, 0.3, 0, 0.2], 1));
    assert.equal(sampler.support, 3);
    const random = mulberry32(3);
    for (let d = 0; d < 2_000; d += 1) assert.deepEqual([...sampler.draw(5, random)].sort(), [0, 2, 4]);
    assert.deepEqual(new GumbelTopK(temperatureLogits([0, 0], 1)).draw(2, random), []);
    assert.deepEqual(new GumbelTopK([]).draw(2, random), []);
  });

  it('no combination repeats a feature, and short types are flagged instead of padded', () => {
    const random = mulberry32(2024);
    for (let trial = 0; trial < 300; trial += 1) {
      const size = 1 + Math.floor(random() * 14);
      const weights = Array.from({ length: size }, () => random() ** 3 + 1e-6);
      const temperature = Math.exp((random() * 2 - 1) * Math.log(10));
      const prepared = prepareScenario(scenarioWith(weights), 0, temperature);
      const want = Math.floor(random() * 11);
      const combination = drawRandomCombination(prepared, { Knowledge: want, DomainSkill: 0, CodingSkill: 0 }, random);
      const keys = combination.features.map((f) => f.key);
      assert.equal(new Set(keys).size, keys.length, `repeated feature in ${keys.join(', ')}`);
      assert.equal(keys.length, Math.min(want, size));
      assert.deepEqual(combination.short, want > size ? ['Knowledge'] : []);
    }
  });

  it('the same seed gives identical draws; different seeds differ', () => {
    const prepared = prepareScenario(scenarioWith(WEIGHTS), 0, 1);
    const run = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 50 }, () =>
        drawRandomCombination(prepared, { Knowledge: 3, DomainSkill: 0, CodingSkill: 0 }, random)
          .features.map((f) => f.key)
          .join(','),
      );
    };
    assert.deepEqual(run(42), run(42));
    assert.notDeepEqual(run(42), run(43));
  });
});
