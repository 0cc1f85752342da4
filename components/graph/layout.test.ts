import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forceLayout, NODE_PADDING, type LayoutEdge, type LayoutNode } from './layout';
import { distinctShare, nodeOverlaps, type PlacedNode } from './layout-quality';

/** Deterministic pseudo-random numbers (mulberry32), so every run tests the same graphs. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A co-occurrence hub like Explore's densest views: a focus joined to every neighbour, a dense
 * core of the first 30 neighbours, sparser cross edges elsewhere, and many neighbours with the
 * same adjacency (only the focus), the case that collapsed fcose's draft layout onto a few points.
 */
function hub(neighbours: number, seed = 7): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const rand = random(seed);
  const nodes: LayoutNode[] = [{ id: 'focus', size: 48 }];
  const edges: LayoutEdge[] = [];
  for (let i = 0; i < neighbours; i += 1) {
    nodes.push({ id: `n${i}`, size: 14 + Math.round(34 * rand() ** 2) });
    edges.push({ source: 'focus', target: `n${i}`, weight: 1 + Math.round(40 * rand() ** 3) });
  }
  for (let i = 0; i < neighbours; i += 1) {
    for (let j = i + 1; j < neighbours; j += 1) {
      const p = i < 30 && j < 30 ? 0.6 : i < neighbours / 2 && j < neighbours / 2 ? 8 / neighbours : 0;
      if (rand() < p) edges.push({ source: `n${i}`, target: `n${j}`, weight: 1 + Math.round(10 * rand()) });
    }
  }
  return { nodes, edges };
}

function placed(graph: { nodes: LayoutNode[] }, positions: Record<string, { x: number; y: number }>): PlacedNode[] {
  return graph.nodes.map((n) => ({ id: n.id, size: n.size, ...positions[n.id]! }));
}

for (const size of [50, 200, 500, 1000]) {
  test(`a ${size}-neighbour hub gets a position per node and no overlapping shapes`, () => {
    const graph = hub(size);
    const positions = forceLayout({ ...graph, centre: 'focus' });
    const nodes = placed(graph, positions);
    assert.equal(nodes.length, size + 1);
    assert.ok(nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y)));
    assert.equal(distinctShare(nodes), 1);
    assert.equal(nodeOverlaps(nodes), 0);
  });
}

test('the same input lays out the same way (screenshots and links are stable)', () => {
  const graph = hub(120);
  assert.deepEqual(forceLayout({ ...graph, centre: 'focus' }), forceLayout({ ...graph, centre: 'focus' }));
});

test('the layout follows the weights: heavy neighbours sit closer to the focus than light ones', () => {
  const graph = hub(200, 3);
  const positions = forceLayout({ ...graph, centre: 'focus' });
  const f = positions.focus!;
  const focusEdges = graph.edges.filter((e) => e.source === 'focus').sort((a, b) => b.weight - a.weight);
  const mean = (edges: LayoutEdge[]) =>
    edges.reduce((s, e) => s + Math.hypot(positions[e.target]!.x - f.x, positions[e.target]!.y - f.y), 0) /
    edges.length;
  const heavy = mean(focusEdges.slice(0, 20));
  const light = mean(focusEdges.slice(-20));
  assert.ok(heavy < light, `heavy neighbours at ${heavy.toFixed(0)} px, light ones at ${light.toFixed(0)} px`);
});

test('an expansion keeps placed nodes where they were and puts new ones beside their neighbour', () => {
  const graph = hub(60, 11);
  const before = forceLayout({ ...graph, centre: 'focus' });
  const parent = 'n5';
  const added: LayoutNode[] = Array.from({ length: 25 }, (_, i) => ({ id: `new${i}`, size: 20 }));
  const addedEdges = added.map((n, i) => ({ source: parent, target: n.id, weight: 1 + (i % 4) }));
  const after = forceLayout({
    nodes: [...graph.nodes, ...added],
    edges: [...graph.edges, ...addedEdges],
    fixed: before,
  });
  for (const n of graph.nodes) assert.deepEqual(after[n.id], before[n.id], `${n.id} moved`);
  const all = [...graph.nodes, ...added].map((n) => ({ id: n.id, size: n.size, ...after[n.id]! }));
  assert.equal(distinctShare(all), 1);
  assert.equal(nodeOverlaps(all), 0);
  // Beside the parent: the new nodes sit nearer to it than the nodes that were there before.
  const p = before[parent]!;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const distance = (id: string) => Math.hypot(after[id]!.x - p.x, after[id]!.y - p.y);
  const newToParent = median(added.map((n) => distance(n.id)));
  const oldToParent = median(graph.nodes.filter((n) => n.id !== parent).map((n) => distance(n.id)));
  assert.ok(
    newToParent < oldToParent,
    `new nodes ${newToParent.toFixed(0)} px away, old ones ${oldToParent.toFixed(0)} px`,
  );
});

test('nodes keep room for their labels: no two centres closer than their radii plus padding', () => {
  const graph = hub(300, 5);
  const positions = forceLayout({ ...graph, centre: 'focus' });
  const padded = graph.nodes.map((n) => ({ id: n.id, size: n.size + NODE_PADDING * 0.9, ...positions[n.id]! }));
  assert.equal(nodeOverlaps(padded), 0);
});
