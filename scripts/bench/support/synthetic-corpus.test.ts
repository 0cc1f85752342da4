import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mulberry32 } from '../../../lib/sampling/prng';
import { syntheticCorpus, zipfSampler } from './synthetic-corpus';

describe('syntheticCorpus', () => {
  it('is reproducible from its seed and differs across seeds', () => {
    const a = JSON.stringify([...syntheticCorpus({ documents: 200, seed: 1 })]);
    const b = JSON.stringify([...syntheticCorpus({ documents: 200, seed: 1 })]);
    const c = JSON.stringify([...syntheticCorpus({ documents: 200, seed: 2 })]);
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  it('gives every document one scenario and 3 to 10 other distinct elements', () => {
    const docs = [...syntheticCorpus({ documents: 2_000, seed: 5 })];
    assert.equal(docs.length, 2_000);
    for (const doc of docs) {
      assert.equal(doc.scenarios.length, 1);
      const others = [...doc.knowledge, ...doc.domainSkills, ...doc.codingSkills];
      assert.ok(others.length >= 3 && others.length <= 10, `${others.length} other elements`);
      assert.equal(new Set(others).size, others.length);
    }
  });
});

describe('zipfSampler', () => {
  it('matches the power law: rank frequencies follow 1/(r+1)^s (chi-square over the top ranks)', () => {
    const n = 1_000;
    const s = 1.1;
    const draws = 200_000;
    const sample = zipfSampler(n, s, mulberry32(9));
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i += 1) counts[sample()]! += 1;
    let norm = 0;
    for (let r = 0; r < n; r += 1) norm += 1 / Math.pow(r + 1, s);
    // Bins: ranks 0..19 individually, the rest pooled; 20 degrees of freedom.
    let chi = 0;
    let restObserved = 0;
    let restExpected = 0;
    for (let r = 0; r < n; r += 1) {
      const expected = (draws * (1 / Math.pow(r + 1, s))) / norm;
      if (r < 20) chi += (counts[r]! - expected) ** 2 / expected;
      else {
        restObserved += counts[r]!;
        restExpected += expected;
      }
    }
    chi += (restObserved - restExpected) ** 2 / restExpected;
    // 99.9th percentile of chi-square with 20 degrees of freedom is 45.31.
    assert.ok(chi < 45.31, `chi-square ${chi.toFixed(2)} too large`);
  });
});
