import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreviewItem } from '@/lib/sampling/sampler-types';
import { combinationElements } from './combination-elements';

const item: PreviewItem = {
  index: 0,
  scenario: { id: 'Scenario:s', key: 's', name: 'S', docCount: 10 },
  features: [
    { id: 'Knowledge:k', type: 'Knowledge', name: 'K', docCount: 4, probability: 0.5 },
    { id: 'CodingSkill:c', type: 'CodingSkill', name: 'C', docCount: 2, probability: 0.2 },
  ],
  short: [],
  coherence: 0,
  pairs: [
    { a: 0, b: 1, weight: 3, npmi: 0.4 },
    { a: 0, b: 2, weight: 1, npmi: 0.1 },
    { a: 1, b: 2, weight: 0, npmi: -1 },
  ],
};

describe('combinationElements', () => {
  it('gives one node per element, the scenario in focus, and edges only for co-occurring pairs', () => {
    const elements = combinationElements(item);
    const nodes = elements.filter((e) => e.group === 'nodes');
    const edges = elements.filter((e) => e.group === 'edges');
    assert.deepEqual(
      nodes.map((n) => n.data.id),
      ['Scenario:s', 'Knowledge:k', 'CodingSkill:c'],
    );
    assert.match(nodes[0]!.classes ?? '', /focus/);
    const pairs = edges.map((e) => `${[e.data.source, e.data.target].sort().join(' – ')}: ${e.data.weight}`).sort();
    assert.deepEqual(pairs, ['CodingSkill:c – Scenario:s: 1', 'Knowledge:k – Scenario:s: 3']);
  });
});
