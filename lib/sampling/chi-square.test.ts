import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chiSquarePValue, chiSquareStatistic, logGamma, regularizedUpperGamma } from './chi-square';

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe('chi-square p-values', () => {
  it('logGamma matches factorials and Γ(1/2) = √π', () => {
    close(logGamma(1), 0, 1e-12);
    close(logGamma(5), Math.log(24), 1e-12);
    close(logGamma(11), Math.log(3_628_800), 1e-10);
    close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-12);
  });

  it('Q(1, x) = e^−x and Q(1/2, x) = erfc(√x) at known points', () => {
    for (const x of [0.1, 1, 3, 10]) close(regularizedUpperGamma(1, x), Math.exp(-x), 1e-12);
    close(regularizedUpperGamma(0.5, 1), 0.157299207050285, 1e-12);
  });

  it('reproduces textbook critical values of the χ² distribution', () => {
    close(chiSquarePValue(3.841458820694124, 1), 0.05, 1e-9);
    close(chiSquarePValue(23.209251158954356, 10), 0.01, 1e-9);
    close(chiSquarePValue(16.26623619623813, 3), 0.001, 1e-9);
    close(chiSquarePValue(124.34211340400407, 100), 0.05, 1e-9);
    close(chiSquarePValue(0, 5), 1, 0);
  });

  it('computes Pearson’s statistic', () => {
    assert.equal(chiSquareStatistic([10, 20, 30], [20, 20, 20]), 10);
  });
});
