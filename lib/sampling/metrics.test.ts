import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coherence, diversity, meanOf, npmi } from './metrics';

const close = (actual: number | null, expected: number) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

describe('coherence (NPMI)', () => {
  it('scores never-co-occurring pairs −1, independent pairs 0 and inseparable pairs 1', () => {
    assert.equal(npmi(0, 10, 10, 100), -1);
    close(npmi(10, 20, 50, 100), 0);
    close(npmi(30, 30, 30, 100), 1);
    assert.equal(npmi(100, 100, 100, 100), 1);
  });

  it('matches the formula log(p(u,v)/(p(u)p(v))) / −log p(u,v)', () => {
    const N = 407;
    const expected = Math.log(4 / N / ((10 / N) * (20 / N))) / -Math.log(4 / N);
    close(npmi(4, 10, 20, N), expected);
  });

  it('averages NPMI over every pair, scenario included', () => {
    const weights: Record<string, number> = { '0,1': 10, '0,2': 0, '1,2': 10 };
    const value = coherence([20, 50, 20], (i, j) => weights[`${i},${j}`]!, 100);
    close(value, (npmi(10, 20, 50, 100) + -1 + npmi(10, 50, 20, 100)) / 3);
    assert.equal(
      coherence([20], () => 0, 100),
      null,
    );
  });
});

describe('diversity', () => {
  it('computes the distinct ratio, normalized usage entropy and coverage', () => {
    const result = diversity(
      [
        { scenario: 's', features: ['a', 'b'] },
        { scenario: 's', features: ['b', 'a'] },
        { scenario: 's', features: ['c', 'd'] },
        { scenario: 't', features: ['a', 'b'] },
      ],
      8,
    );
    close(result.distinctRatio, 3 / 4);
    const q = [3 / 8, 3 / 8, 1 / 8, 1 / 8];
    close(result.entropy, -q.reduce((s, v) => s + v * Math.log(v), 0) / Math.log(8));
    close(result.coverage, 4 / 8);
    assert.equal(result.featuresUsed, 4);
  });

  it('is 0 on empty input and means skip nulls', () => {
    assert.deepEqual(diversity([], 0), {
      distinctRatio: 0,
      entropy: 0,
      coverage: 0,
      featuresUsed: 0,
      candidatesAvailable: 0,
    });
    assert.equal(meanOf([null, 1, 3]), 2);
    assert.equal(meanOf([null]), null);
  });
});
