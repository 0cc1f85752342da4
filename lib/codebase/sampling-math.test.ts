import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chiSquarePValue, chiSquareStatistic } from '../sampling/chi-square';
import { mulberry32 } from '../sampling/prng';
import { chainReach, codeWeight, drawIndices, withProbabilities, type ChainEdge } from './sampling-math';

describe('code sample weights', () => {
  it('w = d(hops) · (1 + ln(1 + calls) + typeLinks + [sharedModule])', () => {
    assert.equal(codeWeight({ calls: 0, sharedModule: false, typeLinks: 0, hops: 1 }), 1);
    assert.equal(codeWeight({ calls: 3, sharedModule: true, typeLinks: 2, hops: 1 }), 1 + Math.log(4) + 2 + 1);
    assert.equal(codeWeight({ calls: 0, sharedModule: false, typeLinks: 1, hops: 2 }), 0.5 * 2);
    assert.equal(codeWeight({ calls: 0, sharedModule: true, typeLinks: 0, hops: 0 }), 0.25 * 2);
  });

  it('P = w / Σ w; P_T = P at T = 1 and P^(1/T) renormalized otherwise', () => {
    const items = [{ weight: 4 }, { weight: 1 }, { weight: 3 }];
    const at1 = withProbabilities(items, 1);
    assert.deepEqual(
      at1.map((x) => x.p),
      [0.5, 0.125, 0.375],
    );
    assert.deepEqual(
      at1.map((x) => x.pT),
      [0.5, 0.125, 0.375],
    );
    const at2 = withProbabilities(items, 2).map((x) => x.pT);
    const root = [0.5, 0.125, 0.375].map(Math.sqrt);
    const sum = root.reduce((a, b) => a + b, 0);
    at2.forEach((p, i) => assert.ok(Math.abs(p - root[i]! / sum) < 1e-12));
  });

  it('single draws follow P_T (χ² over 50,000 draws, p > 0.001) and never repeat within a draw', () => {
    const p = [0.4, 0.3, 0.15, 0.1, 0.05];
    const temperature = 2;
    const random = mulberry32(7);
    const counts = new Array<number>(p.length).fill(0);
    const draws = 50_000;
    for (let i = 0; i < draws; i += 1) counts[drawIndices(p, temperature, 1, random)[0]!]! += 1;
    const expected = withProbabilities(
      p.map((weight) => ({ weight })),
      temperature,
    ).map((x) => x.pT * draws);
    const pValue = chiSquarePValue(chiSquareStatistic(counts, expected), p.length - 1);
    assert.ok(pValue > 0.001, `χ² p = ${pValue}`);
    const all = drawIndices(p, temperature, 10, random);
    assert.deepEqual([...all].sort(), [0, 1, 2, 3, 4]);
  });
});

describe('chain reach', () => {
  const edge = (from: string, to: string): ChainEdge => ({ from, to, classKey: 'C', className: 'C', param: 'x' });
  it('reach[n] holds the functions after which n more links can follow (cycles allowed)', () => {
    const edges = new Map([
      ['a', [edge('a', 'b')]],
      ['b', [edge('b', 'c'), edge('b', 'a')]],
      ['d', [edge('d', 'e')]],
    ]);
    const reach = chainReach(edges, 3);
    assert.deepEqual([...reach[0]!].sort(), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual([...reach[1]!].sort(), ['a', 'b', 'd']);
    assert.deepEqual([...reach[2]!].sort(), ['a', 'b']);
    assert.deepEqual([...reach[3]!].sort(), ['a', 'b']);
  });
});
