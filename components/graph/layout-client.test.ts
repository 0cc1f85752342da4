import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NeighbourhoodNode } from '@/lib/graph/explore-types';
import { viewElements } from '@/lib/graph/to-elements';
import { forceLayout } from './layout';
import { layout, layoutRequestOf, layoutSignature } from './layout-client';

const node = (id: string, docCount: number): NeighbourhoodNode =>
  ({ id, name: id, type: 'Knowledge', docCount, hop: id === 'Scenario:s' ? 0 : 1 }) as NeighbourhoodNode;

const neighbourhood = {
  nodes: [node('Scenario:s', 9), node('Knowledge:a', 4), node('Knowledge:b', 1)],
  edges: [
    { source: 'Scenario:s', target: 'Knowledge:a', weight: 3 },
    { source: 'Scenario:s', target: 'Knowledge:b', weight: 1 },
    { source: 'Knowledge:a', target: 'Knowledge:b', weight: 2 },
  ],
} as never;

test('the layout input comes from the elements alone: nodes with sizes, edges with weights, the focus first', () => {
  const request = layoutRequestOf(viewElements([neighbourhood], [], 'Scenario:s'), 'Scenario:s');
  assert.deepEqual(
    request.nodes.map((n) => n.id),
    ['Scenario:s', 'Knowledge:a', 'Knowledge:b'],
  );
  assert.ok(request.nodes.every((n) => n.size > 0));
  assert.equal(request.edges.length, 3);
  assert.equal(request.centre, 'Scenario:s');
});

test('the signature tells a server layout of the same view from one of another view', () => {
  const all = layoutRequestOf(viewElements([neighbourhood], [], 'Scenario:s'), 'Scenario:s');
  const again = layoutRequestOf(viewElements([neighbourhood], [], 'Scenario:s'), 'Scenario:s');
  const dismissed = layoutRequestOf(viewElements([neighbourhood], ['Knowledge:b'], 'Scenario:s'), 'Scenario:s');
  assert.equal(layoutSignature(all), layoutSignature(again));
  assert.notEqual(layoutSignature(all), layoutSignature(dismissed));
});

test('asking twice for the same layout runs it once and gives what forceLayout gives', async () => {
  const request = layoutRequestOf(viewElements([neighbourhood], [], 'Scenario:s'), 'Scenario:s');
  const first = layout(request);
  assert.equal(layout({ ...request, nodes: [...request.nodes] }), first);
  assert.deepEqual(await first, forceLayout(request));
});
