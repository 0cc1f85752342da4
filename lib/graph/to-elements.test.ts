import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NeighbourhoodEdge, NeighbourhoodNode } from './explore-types';
import { EDGE_WIDTH, NODE_SIZE, edgeId, toElements } from './to-elements';

const node = (id: string, docCount: number, hop: 0 | 1 | 2 = 1): NeighbourhoodNode => {
  const [type, key] = id.split(':') as [NeighbourhoodNode['type'], string];
  return { id, type, key, name: key, docCount, hop, weight: 1, p1: null };
};

describe('toElements', () => {
  const nodes = [node('Scenario:fraud', 100, 0), node('CodingSkill:pandas', 25), node('Knowledge:imbalance', 1)];
  const edges: NeighbourhoodEdge[] = [
    { source: 'Scenario:fraud', target: 'CodingSkill:pandas', weight: 10 },
    { source: 'CodingSkill:pandas', target: 'Scenario:fraud', weight: 4 },
    { source: 'Scenario:fraud', target: 'Knowledge:imbalance', weight: 1 },
    { source: 'Scenario:fraud', target: 'DomainSkill:missing', weight: 3 },
  ];
  const elements = toElements(nodes, edges, 'Scenario:fraud');
  const nodesOut = elements.filter((e) => e.group === 'nodes');
  const edgesOut = elements.filter((e) => e.group === 'edges');

  it('makes one node per element, classed by type, marking the focus', () => {
    assert.equal(nodesOut.length, 3);
    assert.equal(nodesOut.find((e) => e.data.id === 'Scenario:fraud')!.classes, 'Scenario focus');
    assert.equal(nodesOut.find((e) => e.data.id === 'CodingSkill:pandas')!.classes, 'CodingSkill');
  });

  it('makes one edge per unordered pair, keeps the heaviest, drops edges to absent nodes', () => {
    assert.equal(edgesOut.length, 2);
    const pandas = edgesOut.find((e) => e.data.id === edgeId('CodingSkill:pandas', 'Scenario:fraud'))!;
    assert.equal(pandas.data.weight, 10);
    assert.equal(edgeId('a', 'b'), edgeId('b', 'a'));
  });

  it('scales node size by the square root of document count and edge width by weight', () => {
    const size = (id: string) => nodesOut.find((e) => e.data.id === id)!.data.size!;
    assert.equal(size('Scenario:fraud'), NODE_SIZE.max);
    assert.equal(size('CodingSkill:pandas'), Math.round(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * 0.5));
    const width = (w: number) => edgesOut.find((e) => e.data.weight === w)!.data.width!;
    assert.equal(width(10), EDGE_WIDTH.max);
    assert.ok(width(1) < width(10) && width(1) >= EDGE_WIDTH.min);
  });

  it('keeps the lowest hop when a node arrives twice, and truncates long labels', () => {
    const long = 'x'.repeat(50);
    const out = toElements([node(`Knowledge:${long}`, 1, 2), node(`Knowledge:${long}`, 1, 1)], []);
    assert.equal(out.length, 1);
    assert.equal(out[0]!.data.hop, 1);
    assert.equal(out[0]!.data.label!.length, 32);
  });
});
