import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CODE_NODE_SIZE, codeViewElements } from './explore-elements';
import type { CodeNeighbourhood, CodeNeighbourhoodNode } from './explore-types';

const node = (qualname: string, type: CodeNeighbourhoodNode['type'], hop: 0 | 1 | 2, isMethod = false) => ({
  id: `${type}:cb@1:${qualname}`,
  type,
  key: `cb@1:${qualname}`,
  name: qualname.slice(qualname.lastIndexOf('.') + 1),
  qualname,
  module: 'm',
  isMethod,
  hop,
});

const BOX = node('m.Box', 'CodeClass', 0);
const PUT = node('m.Box.put', 'CodeFunction', 1, true);
const MAKE = node('m.make_box', 'CodeFunction', 1);
const MOD = node('m', 'CodeModule', 1);

const view: CodeNeighbourhood = {
  codebase: 'cb@1',
  focus: { ...BOX, degree: 3 },
  nodes: [BOX, PUT, MAKE, MOD],
  edges: [
    { source: BOX.id, target: PUT.id, rel: 'CONTAINS', resolved: null, count: null },
    // put returns its own class: a second edge between the same pair, kept apart by its type.
    { source: PUT.id, target: BOX.id, rel: 'RETURNS', resolved: null, count: null },
    { source: MAKE.id, target: PUT.id, rel: 'CALLS', resolved: false, count: 3 },
    { source: MOD.id, target: BOX.id, rel: 'CONTAINS', resolved: null, count: null },
  ],
  truncated: false,
  limit: 50,
  hops: 1,
};

describe('codeViewElements', () => {
  it('classes nodes by label (methods apart) and edges by relationship, directed as stored', () => {
    const els = codeViewElements([view], [], BOX.id);
    const byId = new Map(els.map((e) => [e.data.id, e]));
    assert.equal(byId.get(BOX.id)?.classes, 'CodeClass focus');
    assert.equal(byId.get(PUT.id)?.classes, 'CodeFunction method');
    assert.equal(byId.get(MAKE.id)?.classes, 'CodeFunction function');
    assert.equal(byId.get(PUT.id)?.data.size, CODE_NODE_SIZE.method);
    assert.equal(byId.get(MOD.id)?.data.size, CODE_NODE_SIZE.CodeModule);
    const edges = els.filter((e) => e.group === 'edges');
    assert.equal(edges.length, 4);
    const between = edges.filter(
      (e) => [e.data.source, e.data.target].sort().join() === [BOX.id, PUT.id].sort().join(),
    );
    assert.deepEqual(between.map((e) => e.data.rel).sort(), ['CONTAINS', 'RETURNS']);
    const call = edges.find((e) => e.data.rel === 'CALLS')!;
    assert.equal(call.data.source, MAKE.id);
    assert.equal(call.data.weight, 3);
    assert.equal(call.classes, 'code CALLS unresolved cross');
  });

  it('merges expansions, leaves dismissed nodes and their edges out, and keeps the focus', () => {
    const expansion: CodeNeighbourhood = { ...view, focus: { ...MAKE, degree: 1 }, nodes: [{ ...MAKE, hop: 0 }, PUT] };
    const els = codeViewElements([view, expansion], [MAKE.id, BOX.id], BOX.id);
    const ids = els.map((e) => e.data.id);
    assert.ok(!ids.includes(MAKE.id));
    assert.ok(ids.includes(BOX.id));
    assert.equal(els.filter((e) => e.group === 'nodes').length, 3);
    assert.ok(els.every((e) => e.group === 'nodes' || (e.data.source !== MAKE.id && e.data.target !== MAKE.id)));
  });
});
