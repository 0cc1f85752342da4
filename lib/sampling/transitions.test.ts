import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTemperature, logTemperatureGrid, normalize } from './temperature';
import { transitionProbabilities, typeDistribution, type ScenarioNeighbourhood } from './transitions';

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

// s co-occurs with k1 (3), c1 (1) and another scenario s2 (2): strength 6.
// k1 (strength 5) co-occurs with s (3) and c2 (2); s2 (strength 4) with s (2), c1 (1), c2 (1).
const neighbourhood: ScenarioNeighbourhood = {
  scenario: { key: 's', name: 'S', docCount: 4, strength: 6 },
  documents: 10,
  firstHop: [
    { type: 'Knowledge', key: 'k1', name: 'K1', docCount: 5, weight: 3 },
    { type: 'CodingSkill', key: 'c1', name: 'C1', docCount: 2, weight: 1 },
  ],
  via: [
    { weight: 3, strength: 5 },
    { weight: 2, strength: 4 },
  ],
  secondHop: [
    {
      type: 'CodingSkill',
      key: 'c2',
      name: 'C2',
      docCount: 3,
      hops: [
        [0, 2],
        [1, 1],
      ],
    },
    { type: 'CodingSkill', key: 'c1', name: 'C1', docCount: 2, hops: [[1, 1]] },
  ],
  truncated: false,
};

describe('transition probabilities', () => {
  const candidates = transitionProbabilities(neighbourhood);
  const byKey = new Map(candidates.map((c) => [c.key, c]));

  it('P1(v|s) = f(s,v) / Σ_w f(s,w) over all neighbours, scenarios included in the denominator', () => {
    close(byKey.get('k1')!.p1, 3 / 6);
    close(byKey.get('c1')!.p1, 1 / 6);
    close(byKey.get('c2')!.p1, 0);
  });

  it('P2(v|s) = Σ_u P1(u|s) · P1(v|u)', () => {
    close(byKey.get('c2')!.p2, (3 / 6) * (2 / 5) + (2 / 6) * (1 / 4));
    close(byKey.get('c1')!.p2, (2 / 6) * (1 / 4));
    close(byKey.get('k1')!.p2, 0);
  });

  it('orders candidates by type, then key', () => {
    assert.deepEqual(
      candidates.map((c) => c.key),
      ['k1', 'c1', 'c2'],
    );
  });

  it('mixes (1 − λ)P1 + λP2 and renormalizes within the type, dropping P = 0', () => {
    const lambda = 0.25;
    const coding = typeDistribution(candidates, 'CodingSkill', lambda);
    const raw = coding.candidates.map((c) => (1 - lambda) * c.p1 + lambda * c.p2);
    assert.deepEqual(
      coding.candidates.map((c) => c.key),
      ['c1', 'c2'],
    );
    coding.probabilities.forEach((p, i) => close(p, raw[i]! / (raw[0]! + raw[1]!)));
    assert.deepEqual(typeDistribution(candidates, 'Knowledge', 1).candidates, []);
    assert.deepEqual(
      typeDistribution(candidates, 'CodingSkill', 0).candidates.map((c) => c.key),
      ['c1'],
    );
  });

  it('a scenario without co-occurrences has no candidates', () => {
    assert.deepEqual(
      transitionProbabilities({ ...neighbourhood, scenario: { ...neighbourhood.scenario, strength: 0 } }),
      [],
    );
  });
});

describe('temperature', () => {
  it('T = 1 leaves P unchanged and P_T matches P^(1/T) normalized', () => {
    const p = [0.5, 0.3, 0.2];
    applyTemperature(p, 1).forEach((v, i) => close(v, p[i]!));
    const expected = normalize(p.map((v) => v ** 2));
    applyTemperature(p, 0.5).forEach((v, i) => close(v, expected[i]!));
    assert.deepEqual(applyTemperature([0, 1, 0], 3), [0, 1, 0]);
  });

  it('builds a log grid from 0.1 to 10', () => {
    const grid = logTemperatureGrid(0.1, 10, 5);
    assert.deepEqual(grid, [0.1, 0.3162, 1, 3.162, 10]);
  });
});
