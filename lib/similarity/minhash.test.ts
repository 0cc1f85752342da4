import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimatedJaccard, exactJaccard, lshBands, LshIndex, MinHasher, shingleHashes } from './minhash';

function text(seed: number, length: number): string {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(`w${state % 5000}`);
  }
  return out.join(' ');
}

describe('MinHash', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = new MinHasher({ seed: 7 }).signature('the quick brown fox jumps');
    assert.deepEqual(a, new MinHasher({ seed: 7 }).signature('the quick brown fox jumps'));
    assert.notDeepEqual(a, new MinHasher({ seed: 8 }).signature('the quick brown fox jumps'));
  });

  it('shingles words case-insensitively, short texts as one shingle', () => {
    assert.equal(shingleHashes('A b C d').length, 2);
    assert.deepEqual(shingleHashes('A b C d'), shingleHashes('a B c D'));
    assert.equal(shingleHashes('two words').length, 1);
    assert.equal(shingleHashes('').length, 0);
  });

  it('estimates Jaccard within 0.1 of the exact value', () => {
    const hasher = new MinHasher({ numPerm: 256 });
    const base = text(1, 300);
    for (const edit of [10, 60, 150]) {
      const other = `${base.split(' ').slice(edit).join(' ')} ${text(2, edit)}`;
      const exact = exactJaccard(base, other);
      const estimate = estimatedJaccard(hasher.signature(base), hasher.signature(other));
      assert.ok(Math.abs(exact - estimate) < 0.1, `edit ${edit}: exact ${exact}, estimate ${estimate}`);
    }
  });

  it('picks bands whose S-curve midpoint is at or below the threshold', () => {
    assert.deepEqual(lshBands(128, 0.8), { bands: 16, rows: 8 });
    for (const t of [0.5, 0.7, 0.8, 0.9]) {
      const { bands, rows } = lshBands(128, t);
      assert.equal(bands * rows, 128);
      assert.ok((1 / bands) ** (1 / rows) <= t);
    }
  });
});

describe('LshIndex', () => {
  it('finds a near duplicate above the threshold and nothing for unrelated texts', () => {
    const hasher = new MinHasher();
    const index = new LshIndex<string>(hasher.numPerm, 0.8);
    const base = text(3, 400);
    assert.equal(index.addIfNew('base', hasher.signature(base)), null);
    for (let i = 0; i < 50; i += 1)
      assert.equal(index.addIfNew(`other-${i}`, hasher.signature(text(100 + i, 400))), null);
    const near = `${base} and one more sentence at the end`;
    const match = index.query(hasher.signature(near));
    assert.equal(match?.of, 'base');
    assert.ok(match.similarity >= 0.8);
    assert.equal(index.size, 51);
  });

  it('respects a configurable threshold', () => {
    const hasher = new MinHasher();
    const base = text(4, 200);
    const half = `${base.split(' ').slice(0, 140).join(' ')} ${text(5, 60)}`;
    const similarity = exactJaccard(base, half);
    assert.ok(similarity > 0.4 && similarity < 0.75, `exact ${similarity}`);
    const strict = new LshIndex<string>(hasher.numPerm, 0.8);
    strict.insert('base', hasher.signature(base));
    assert.equal(strict.query(hasher.signature(half)), null);
    const loose = new LshIndex<string>(hasher.numPerm, 0.3);
    loose.insert('base', hasher.signature(base));
    assert.equal(loose.query(hasher.signature(half))?.of, 'base');
  });
});
