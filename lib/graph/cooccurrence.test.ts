import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeDelta, forEachPair, pairKey, type StoredDocument } from './cooccurrence';
import { ELEMENT_TYPES } from '../domain/element-types';
import { elementId } from '../domain/extraction-record';
import { type PreparedDocument } from './prepare-document';
import { mulberry32 } from '../sampling/prng';

function randomDocument(random: () => number, id: string): PreparedDocument {
  const mentions = new Map<string, PreparedDocument['mentions'][number]>();
  const size = 2 + Math.floor(random() * 5);
  while (mentions.size < size) {
    const type = ELEMENT_TYPES[Math.floor(random() * ELEMENT_TYPES.length)]!;
    const key = `k${Math.floor(random() * 8)}`;
    const surface = random() < 0.3 ? key.toUpperCase() : key;
    mentions.set(elementId(type, key), { type, key, surface });
  }
  const sorted = [...mentions.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, m]) => m);
  return { id, source: 'other', title: id, hash: JSON.stringify(sorted), mentions: sorted };
}

/** Applies deltas to an in-memory graph, the way the Cypher does. */
class MemoryGraph {
  docs = new Map<string, StoredDocument>();
  docCount = new Map<string, number>();
  strength = new Map<string, number>();
  weight = new Map<string, number>();

  ingest(batch: PreparedDocument[]): void {
    const delta = computeDelta(batch, this.docs);
    for (const e of delta.elements) {
      this.docCount.set(e.id, (this.docCount.get(e.id) ?? 0) + e.docDelta);
      this.strength.set(e.id, (this.strength.get(e.id) ?? 0) + e.strengthDelta);
    }
    for (const p of delta.pairs) this.weight.set(`${p.a}|${p.b}`, (this.weight.get(`${p.a}|${p.b}`) ?? 0) + p.delta);
    for (const doc of delta.changed) this.docs.set(doc.id, { id: doc.id, hash: doc.hash, mentions: doc.mentions });
  }

  /** Recount from scratch: the closed form the incremental deltas must match. */
  recount(): { docCount: Map<string, number>; strength: Map<string, number>; weight: Map<string, number> } {
    const docCount = new Map<string, number>();
    const strength = new Map<string, number>();
    const weight = new Map<string, number>();
    for (const doc of this.docs.values()) {
      const ids = doc.mentions.map((m) => elementId(m.type, m.key));
      for (const id of ids) docCount.set(id, (docCount.get(id) ?? 0) + 1);
      forEachPair(ids, (a, b) => weight.set(`${a}|${b}`, (weight.get(`${a}|${b}`) ?? 0) + 1));
    }
    for (const [pair, w] of weight) {
      for (const id of pair.split('|')) strength.set(id, (strength.get(id) ?? 0) + w);
    }
    return { docCount, strength, weight };
  }
}

const nonZero = (map: Map<string, number>) => new Map([...map].filter(([, v]) => v !== 0));

describe('computeDelta', () => {
  it('keeps incremental counts equal to a full recount through creates, edits and repeats', () => {
    const random = mulberry32(42);
    const graph = new MemoryGraph();
    for (let round = 0; round < 200; round += 1) {
      const batch = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        randomDocument(random, `d${Math.floor(random() * 40)}`),
      );
      graph.ingest(batch);
      const truth = graph.recount();
      assert.deepEqual(nonZero(graph.docCount), truth.docCount, `docCount diverged in round ${round}`);
      assert.deepEqual(nonZero(graph.weight), truth.weight, `weights diverged in round ${round}`);
      assert.deepEqual(nonZero(graph.strength), truth.strength, `strengths diverged in round ${round}`);
    }
  });

  it('changes nothing when the same documents arrive again', () => {
    const random = mulberry32(7);
    const docs = Array.from({ length: 20 }, (_, i) => randomDocument(random, `d${i}`));
    const graph = new MemoryGraph();
    graph.ingest(docs);
    const again = computeDelta(docs, graph.docs);
    assert.equal(again.unchanged, 20);
    assert.equal(again.changed.length, 0);
    assert.deepEqual(again.pairs, []);
    assert.deepEqual(again.elements, []);
  });

  it('lets the last copy of a duplicated id win within a batch', () => {
    const random = mulberry32(3);
    const first = randomDocument(random, 'same');
    const second = randomDocument(random, 'same');
    const delta = computeDelta([first, second], new Map());
    assert.equal(delta.changed.length, 1);
    assert.equal(delta.changed[0], second);
  });

  it('orders elements and pairs canonically (the lock order)', () => {
    const random = mulberry32(11);
    const delta = computeDelta(
      Array.from({ length: 30 }, (_, i) => randomDocument(random, `d${i}`)),
      new Map(),
    );
    const ids = delta.elements.map((e) => e.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.ok(delta.pairs.length > 0);
    for (const pair of delta.pairs) assert.ok(pair.a < pair.b);
    const keys = delta.pairs.map((p) => p.key);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(new Set(keys).size, keys.length, 'pair keys are unique');
  });
});

describe('pairKey', () => {
  it('is the same for both orders and differs between pairs', () => {
    assert.equal(
      pairKey('CodingSkill\u0000regex', 'Scenario\u0000fraud'),
      pairKey('Scenario\u0000fraud', 'CodingSkill\u0000regex'),
    );
    assert.notEqual(pairKey('a', 'b'), pairKey('a', 'c'));
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    assert.notEqual(pairKey('ab', 'c'), pairKey('a', 'bc'));
  });
});
