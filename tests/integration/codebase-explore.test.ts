import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { GET as codebasesRoute } from '@/app/api/codebases/route';
import { GET as detailsRoute } from '@/app/api/codebases/details/route';
import { GET as neighbourhoodRoute } from '@/app/api/codebases/neighbourhood/route';
import { GET as searchRoute } from '@/app/api/codebases/search/route';
import { GET as startRoute } from '@/app/api/codebases/start/route';
import { addCodebase } from '@/lib/codebase';
import type {
  CodebaseSummary,
  CodeNeighbourhood,
  CodeNodeDetails,
  CodeSearchHit,
  CodeStartNode,
} from '@/lib/codebase/explore-types';
import { closeDriver } from '@/lib/db/driver';
import { CODE_RELATIONSHIPS } from '@/lib/domain/code-graph';
import { closeSandbox } from '@/lib/sandbox';
import { clearGraph } from './helpers';

// A tiny package of our own (tests/fixtures/codebase/explore/shelf), loaded with the core's addCodebase.
const ROOT = path.resolve(import.meta.dirname, '../fixtures/codebase/explore');
const CB = 'shelf@1.0.0';
const OTHER = 'shelf@2.0.0';
const id = (type: string, qualname: string, codebase = CB) => `${type}:${codebase}:${qualname}`;
const BOX = id('CodeClass', 'shelf.box.Box');
const q = encodeURIComponent;

async function call<T>(
  handler: (request: Request) => Promise<Response>,
  url: string,
): Promise<{ status: number; body: T }> {
  const response = await handler(new Request(`http://localhost${url}`));
  return { status: response.status, body: (await response.json()) as T };
}

/** The neighbours of `focus` in a neighbourhood along one relationship, as "<direction> <qualname>". */
function along(n: CodeNeighbourhood, rel: string): string[] {
  const byId = new Map(n.nodes.map((node) => [node.id, node]));
  return n.edges
    .filter((e) => e.rel === rel && (e.source === n.focus.id || e.target === n.focus.id))
    .map((e) =>
      e.source === n.focus.id ? `out ${byId.get(e.target)!.qualname}` : `in ${byId.get(e.source)!.qualname}`,
    )
    .sort();
}

before(async () => {
  await clearGraph();
  await addCodebase({ dir: ROOT, name: 'shelf' });
  // A second version beside the first: searches and neighbourhoods must stay inside one version.
  await addCodebase({ dir: ROOT, name: 'shelf', version: '2.0.0' });
});

after(async () => {
  await closeSandbox();
  await closeDriver();
});

describe('GET /api/codebases', () => {
  it('lists both versions with their counts', async () => {
    const { status, body } = await call<{ codebases: CodebaseSummary[] }>(codebasesRoute, '/api/codebases');
    assert.equal(status, 200);
    const one = body.codebases.find((c) => c.key === CB);
    assert.ok(one, JSON.stringify(body.codebases));
    assert.deepEqual(
      { modules: one.modules, classes: one.classes },
      // __init__, base, item, box; Container, Item, Box, Box.Lid.
      { modules: 4, classes: 4 },
    );
    assert.ok(body.codebases.some((c) => c.key === OTHER));
  });
});

describe('GET /api/codebases/neighbourhood', () => {
  it("follows a class's code edges: its methods and nested class, its module, its base, what returns and accepts it", async () => {
    const { status, body } = await call<CodeNeighbourhood>(
      neighbourhoodRoute,
      `/api/codebases/neighbourhood?id=${q(BOX)}&limit=100`,
    );
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.codebase, CB);
    assert.equal(body.focus.id, BOX);
    assert.deepEqual(along(body, 'CONTAINS'), [
      'in shelf.box',
      'out shelf.box.Box.Lid',
      'out shelf.box.Box.__init__',
      'out shelf.box.Box.put',
      'out shelf.box.Box.size',
    ]);
    assert.deepEqual(along(body, 'INHERITS'), ['out shelf.base.Container']);
    // make_box and fill return a Box; so does put, through the string annotation "Box".
    assert.deepEqual(along(body, 'RETURNS'), ['in shelf.box.Box.put', 'in shelf.box.fill', 'in shelf.box.make_box']);
    assert.deepEqual(along(body, 'ACCEPTS'), ['in shelf.box.fill']);
    // Methods are told apart from functions.
    const put = body.nodes.find((n) => n.qualname === 'shelf.box.Box.put')!;
    const makeBox = body.nodes.find((n) => n.qualname === 'shelf.box.make_box')!;
    assert.equal(put.isMethod, true);
    assert.equal(makeBox.isMethod, false);
    assert.equal(body.truncated, false);
    assert.equal(body.focus.degree, body.nodes.length - 1);
    // Every node is of this version, every edge has a type and joins two shown nodes.
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const n of body.nodes) assert.ok(n.key.startsWith(`${CB}:`), n.key);
    for (const e of body.edges) {
      assert.ok((CODE_RELATIONSHIPS as readonly string[]).includes(e.rel), e.rel);
      assert.ok(ids.has(e.source) && ids.has(e.target), `${e.source} → ${e.target}`);
    }
  });

  it("follows a function's CALLS edges to the class's __init__ and IMPORTS between modules", async () => {
    const fn = await call<CodeNeighbourhood>(
      neighbourhoodRoute,
      `/api/codebases/neighbourhood?id=${q(id('CodeFunction', 'shelf.box.make_box'))}`,
    );
    assert.equal(fn.status, 200);
    assert.deepEqual(along(fn.body, 'CALLS'), ['out shelf.box.Box.__init__']);
    const call1 = fn.body.edges.find((e) => e.rel === 'CALLS')!;
    assert.equal(call1.resolved, true);
    assert.equal(call1.count, 1);

    const mod = await call<CodeNeighbourhood>(
      neighbourhoodRoute,
      `/api/codebases/neighbourhood?id=${q(id('CodeModule', 'shelf/box.py'))}`,
    );
    assert.equal(mod.status, 200, JSON.stringify(mod.body));
    assert.deepEqual(along(mod.body, 'IMPORTS'), ['out shelf.base', 'out shelf.item']);
    assert.deepEqual(along(mod.body, 'CONTAINS'), [
      'out shelf.box.Box',
      'out shelf.box.fill',
      'out shelf.box.make_box',
    ]);
  });

  it('cuts to the limit, and adds a second hop through the neighbours', async () => {
    const cut = await call<CodeNeighbourhood>(neighbourhoodRoute, `/api/codebases/neighbourhood?id=${q(BOX)}&limit=2`);
    assert.equal(cut.body.nodes.length, 3);
    assert.equal(cut.body.truncated, true);

    const two = await call<CodeNeighbourhood>(neighbourhoodRoute, `/api/codebases/neighbourhood?id=${q(BOX)}&hops=2`);
    const hop2 = two.body.nodes.filter((n) => n.hop === 2).map((n) => n.qualname);
    // Through the module: the modules it imports; through Item's use in put and fill: Item.
    assert.ok(hop2.includes('shelf.base') && hop2.includes('shelf.item.Item'), hop2.join(', '));
    const ids = new Set(two.body.nodes.map((n) => n.id));
    for (const e of two.body.edges) assert.ok(ids.has(e.source) && ids.has(e.target));
    for (const n of two.body.nodes.filter((node) => node.hop === 2))
      assert.ok(
        two.body.edges.some((e) => e.source === n.id || e.target === n.id),
        `${n.id} has an edge`,
      );
  });

  it('answers 404 for an unknown node and 400 for a malformed id', async () => {
    const missing = await call<{ error: string }>(
      neighbourhoodRoute,
      `/api/codebases/neighbourhood?id=${q(id('CodeClass', 'shelf.nope'))}`,
    );
    assert.equal(missing.status, 404);
    const bad = await call<{ field: string }>(neighbourhoodRoute, `/api/codebases/neighbourhood?id=${q('Scenario:x')}`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.field, 'id');
  });
});

describe('GET /api/codebases/details', () => {
  it('shows signature, params, docstring, decorators and the source span cut from the module', async () => {
    const { status, body } = await call<CodeNodeDetails>(
      detailsRoute,
      `/api/codebases/details?id=${q(id('CodeFunction', 'shelf.box.Box.put'))}`,
    );
    assert.equal(status, 200, JSON.stringify(body));
    const { node, source } = body;
    assert.equal(node.name, 'put');
    assert.equal(node.isMethod, true);
    assert.equal(node.path, 'shelf/box.py');
    assert.match(node.signature ?? '', /^def put\(self, item: Item\)/);
    assert.equal(node.docstring, 'Puts an item in the box and returns the box.');
    assert.deepEqual(
      node.params.map((p) => [p.name, p.annotation]),
      [
        ['self', null],
        ['item', 'Item'],
      ],
    );
    // The span is exactly the file's lines lineStart..lineEnd, as the test reads them itself.
    const lines = readFileSync(path.join(ROOT, 'shelf/box.py'), 'utf8').split('\n');
    const start = lines.findIndex((l) => l.includes('def put(')) + 1;
    assert.equal(source?.lineStart, start);
    assert.equal(source?.lineEnd, start + 3);
    assert.equal(source?.text, lines.slice(start - 1, start + 3).join('\n'));
    assert.equal(source?.truncated, false);
    // Grouped neighbours: the class that contains it, the class it returns, the class it accepts, its callers.
    const group = (rel: string, direction: string) =>
      body.groups.find((g) => g.rel === rel && g.direction === direction)?.top.map((n) => n.qualname);
    assert.deepEqual(group('CONTAINS', 'in'), ['shelf.box.Box']);
    assert.deepEqual(group('RETURNS', 'out'), ['shelf.box.Box']);
    assert.deepEqual(group('ACCEPTS', 'out'), ['shelf.item.Item']);
    assert.deepEqual(
      body.groups.find((g) => g.rel === 'ACCEPTS')?.top.map((n) => n.param),
      ['item'],
    );
  });

  it("shows a decorated function's decorators and a class's bases", async () => {
    const fn = await call<CodeNodeDetails>(
      detailsRoute,
      `/api/codebases/details?id=${q(id('CodeFunction', 'shelf.box.make_box'))}`,
    );
    assert.deepEqual(fn.body.node.decorators, ['functools.cache']);
    assert.ok(fn.body.source?.text.startsWith('@functools.cache\ndef make_box('), fn.body.source?.text);
    const cls = await call<CodeNodeDetails>(detailsRoute, `/api/codebases/details?id=${q(BOX)}`);
    assert.deepEqual(cls.body.node.bases, ['Container']);
    assert.equal(cls.body.node.docstring, 'A box of items.');
    assert.deepEqual(
      cls.body.groups.find((g) => g.rel === 'INHERITS' && g.direction === 'out')?.top.map((n) => n.qualname),
      ['shelf.base.Container'],
    );
  });

  it("shows a module's whole source", async () => {
    const { body } = await call<CodeNodeDetails>(
      detailsRoute,
      `/api/codebases/details?id=${q(id('CodeModule', 'shelf/item.py'))}`,
    );
    assert.equal(body.node.qualname, 'shelf.item');
    assert.equal(body.source?.text, readFileSync(path.join(ROOT, 'shelf/item.py'), 'utf8').trimEnd());
    assert.equal(body.node.docstring, 'Items.');
  });
});

describe('GET /api/codebases/search and /start', () => {
  it('finds code nodes by name prefix, exact names first, inside one version only', async () => {
    const { status, body } = await call<{ hits: CodeSearchHit[] }>(
      searchRoute,
      `/api/codebases/search?codebase=${q(CB)}&q=Box`,
    );
    assert.equal(status, 200);
    assert.equal(body.hits[0]?.id, BOX);
    assert.ok(body.hits.every((h) => h.key.startsWith(`${CB}:`)));
    const other = await call<{ hits: CodeSearchHit[] }>(
      searchRoute,
      `/api/codebases/search?codebase=${q(OTHER)}&q=Box`,
    );
    assert.equal(other.body.hits[0]?.id, id('CodeClass', 'shelf.box.Box', OTHER));
  });

  it('finds by parts of a snake_case name or a dotted qualname, and filters by type', async () => {
    const snake = await call<{ hits: CodeSearchHit[] }>(
      searchRoute,
      `/api/codebases/search?codebase=${q(CB)}&q=make_bo`,
    );
    assert.deepEqual(
      snake.body.hits.map((h) => h.qualname),
      ['shelf.box.make_box'],
    );
    const dotted = await call<{ hits: CodeSearchHit[] }>(
      searchRoute,
      `/api/codebases/search?codebase=${q(CB)}&q=${q('box.Box.pu')}`,
    );
    assert.equal(dotted.body.hits[0]?.qualname, 'shelf.box.Box.put');
    const classes = await call<{ hits: CodeSearchHit[] }>(
      searchRoute,
      `/api/codebases/search?codebase=${q(CB)}&q=size&type=CodeClass`,
    );
    assert.deepEqual(classes.body.hits, []);
    const modules = await call<{ hits: CodeSearchHit[] }>(
      searchRoute,
      `/api/codebases/search?codebase=${q(CB)}&q=box&type=CodeModule`,
    );
    assert.deepEqual(
      modules.body.hits.map((h) => h.id),
      [id('CodeModule', 'shelf/box.py')],
    );
  });

  it('suggests the most connected classes to start from', async () => {
    const { body } = await call<{ nodes: CodeStartNode[] }>(startRoute, `/api/codebases/start?codebase=${q(CB)}`);
    assert.equal(body.nodes[0]?.id, BOX);
    assert.ok(body.nodes.every((n) => n.type === 'CodeClass'));
  });
});
