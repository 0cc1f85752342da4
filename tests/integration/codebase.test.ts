// The code graph (lib/codebase/MODEL.md) against the real sandbox and Neo4j: every hand-counted number and edge of
// the edgecases fixture, idempotence, two versions side by side, an installed third-party package counted
// independently with Python's ast, and larder's typed chains.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addCodebase, listCodebases, type AddCodebaseSummary } from '@/lib/codebase';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { closeSandbox } from '@/lib/sandbox';
import { clearGraph } from './helpers';

const FIXTURE = path.resolve('tests/fixtures/codebase/edgecases');
const DATEUTIL = path.resolve('.data/sandbox-env/venv/lib/python3.11/site-packages/dateutil');
const LARDER = path.resolve('data/codebases/larder');

type Props = Record<string, unknown>;
type Edge = [type: string, source: string, target: string, props: Props];
interface Expected {
  counts: {
    files: number;
    modules: number;
    classes: number;
    functions: number;
    methods: number;
    asyncFunctions: number;
    contains: number;
    imports: number;
    inherits: number;
    callsResolved: number;
    callsUnresolved: number;
    accepts: number;
    returns: number;
    failed: number;
  };
  failed: Array<{ path: string; line: number }>;
  modules: Array<{ name: string; path: string; isPackage: boolean }>;
  classes: string[];
  functions: Array<{ qualname: string; isMethod: boolean; isAsync: boolean }>;
  duplicateKeys: Array<{ qualname: string; keys: string[] }>;
  edges: Edge[];
  absent: Array<[type: string, source: string, target: string, why: string]>;
}
const expected = JSON.parse(readFileSync(path.join(FIXTURE, 'EXPECTED.json'), 'utf8')) as Expected;

/**
 * Counts by MODEL.md's definitions, written apart from the app's parser: every .py file; a module per file that
 * parses; a class or def is a node when no function encloses it; a method when its nearest scope is a class.
 */
const COUNT_PY = `
import ast, os, sys, json
c = dict(files=0, modules=0, classes=0, functions=0, methods=0, failed=0)
for d, dirs, fs in os.walk(sys.argv[1]):
    dirs[:] = [x for x in dirs if x != '__pycache__' and not x.startswith('.')]
    for f in fs:
        if not f.endswith('.py'): continue
        c['files'] += 1
        try: t = ast.parse(open(os.path.join(d, f), 'rb').read())
        except SyntaxError: c['failed'] += 1; continue
        c['modules'] += 1
        up = {ch: n for n in ast.walk(t) for ch in ast.iter_child_nodes(n)}
        def scopes(n):
            while n in up:
                n = up[n]
                if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)): yield n
        for n in ast.walk(t):
            if not isinstance(n, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)): continue
            s = list(scopes(n))
            if any(not isinstance(x, ast.ClassDef) for x in s): continue
            if isinstance(n, ast.ClassDef): c['classes'] += 1
            else: c['functions'] += 1; c['methods'] += bool(s)
print(json.dumps(c))
`;

function independentCounts(dir: string): Record<string, number> {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-I', '-B', '-c', COUNT_PY, dir], { encoding: 'utf8' }));
}

async function stored(codebase: string) {
  const nodes = await readQuery('testing/codebase-nodes', { codebase });
  const edges = await readQuery('testing/codebase-edges', { codebase });
  const count = (label: string) => nodes.filter((n) => n.label === label).length;
  const typed = (type: string) => edges.filter((e) => e.type === type);
  return {
    nodes,
    edges,
    modules: count('CodeModule'),
    classes: count('CodeClass'),
    functions: count('CodeFunction'),
    methods: nodes.filter((n) => n.label === 'CodeFunction' && n.isMethod).length,
    typed,
  };
}

const totals = async () => (await readQuery('testing/graph-totals'))[0]!;

/** The summary's counts in EXPECTED.json's terms. */
function summaryCounts(s: AddCodebaseSummary) {
  return {
    files: s.files,
    modules: s.modules,
    classes: s.classes,
    functions: s.functions,
    methods: s.methods,
    imports: s.imports,
    inherits: s.inherits,
    callsResolved: s.resolvedCalls,
    callsUnresolved: s.calls - s.resolvedCalls,
    accepts: s.accepts,
    returns: s.returns,
    failed: s.failed.length,
  };
}

/** A stored relationship's property, comparable: name lists sorted. */
function normalized(value: unknown): unknown {
  return Array.isArray(value) ? [...value].sort() : value;
}

describe('code graphs', () => {
  let first: AddCodebaseSummary;
  const KEY = 'edgepkg@1';

  before(async () => {
    await clearGraph();
    first = await addCodebase({ dir: FIXTURE, name: 'edgepkg', version: '1' });
  });
  after(async () => {
    await closeSandbox();
    await closeDriver();
  });

  it('the fixture: the summary gives every hand-counted number of EXPECTED.json', () => {
    const { asyncFunctions: _async, contains: _contains, ...counts } = expected.counts;
    assert.equal(first.key, KEY);
    assert.equal(first.unchanged, false);
    assert.deepEqual(summaryCounts(first), counts);
  });

  it('the fixture: the stored nodes are the expected modules, classes and functions', async () => {
    const graph = await stored(KEY);
    assert.equal(graph.modules, expected.counts.modules);
    assert.equal(graph.classes, expected.counts.classes);
    assert.equal(graph.functions, expected.counts.functions);
    assert.equal(graph.methods, expected.counts.methods);
    assert.equal(graph.nodes.filter((n) => n.isAsync).length, expected.counts.asyncFunctions);
    const modules = graph.nodes
      .filter((n) => n.label === 'CodeModule')
      .map((n) => ({ name: n.name, path: n.path, isPackage: n.isPackage }));
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : 1);
    assert.deepEqual(modules.sort(byName), [...expected.modules].sort(byName));
    const classes = graph.nodes.filter((n) => n.label === 'CodeClass').map((n) => n.name);
    assert.deepEqual(classes.sort(), [...expected.classes].sort());
    const fnKey = (f: { qualname: string; isMethod: boolean | null; isAsync: boolean | null }) =>
      `${f.qualname} method=${f.isMethod} async=${f.isAsync}`;
    const functions = graph.nodes
      .filter((n) => n.label === 'CodeFunction')
      .map((n) => fnKey({ qualname: n.name, isMethod: n.isMethod, isAsync: n.isAsync }));
    assert.deepEqual(functions.sort(), expected.functions.map(fnKey).sort());
  });

  it('the fixture: a name defined twice in one scope (a property and its setter) gets a second key with @L<line>', async () => {
    const graph = await stored(KEY);
    for (const duplicate of expected.duplicateKeys) {
      const keys = graph.nodes.filter((n) => n.name === duplicate.qualname).map((n) => n.key);
      assert.deepEqual(keys.sort(), duplicate.keys.map((k) => `${KEY}:${k}`).sort());
    }
  });

  it('the fixture: every relationship count and every listed edge, by Cypher on the stored graph', async () => {
    const graph = await stored(KEY);
    const calls = graph.typed('CALLS');
    assert.equal(graph.typed('CONTAINS').length, expected.counts.contains);
    assert.equal(graph.typed('IMPORTS').length, expected.counts.imports);
    assert.equal(graph.typed('INHERITS').length, expected.counts.inherits);
    assert.equal(calls.filter((c) => c.props.resolved === true).length, expected.counts.callsResolved);
    assert.equal(calls.filter((c) => c.props.resolved === false).length, expected.counts.callsUnresolved);
    assert.equal(graph.typed('ACCEPTS').length, expected.counts.accepts);
    assert.equal(graph.typed('RETURNS').length, expected.counts.returns);
    assert.deepEqual(
      graph.edges.filter((e) => e.targetCodebase !== KEY),
      [],
      'no relationship leaves the codebase version',
    );
    for (const [type, source, target, props] of expected.edges) {
      const found = graph.edges.filter((e) => e.type === type && e.source === source && e.target === target);
      assert.equal(found.length, 1, `${type} ${source} → ${target}: ${found.length} stored`);
      for (const [name, value] of Object.entries(props))
        assert.deepEqual(
          normalized(found[0]!.props[name]),
          normalized(value),
          `${type} ${source} → ${target}: ${name} is ${JSON.stringify(found[0]!.props[name])}`,
        );
    }
    const listed = new Set(expected.edges.map(([type, source, target]) => `${type} ${source} ${target}`));
    const extra = graph.edges
      .filter((e) => e.type !== 'CONTAINS' && !listed.has(`${e.type} ${e.source} ${e.target}`))
      .map((e) => `${e.type} ${e.source} → ${e.target} ${JSON.stringify(e.props)}`);
    assert.deepEqual(extra, [], 'edges EXPECTED.json does not list');
    for (const [type, source, target, why] of expected.absent) {
      const found = graph.edges.filter(
        (e) => e.type === type && e.source === source && (target === '*' || e.target === target),
      );
      assert.deepEqual(found, [], `${type} ${source} → ${target} must not exist: ${why}`);
    }
  });

  it('the fixture: the syntax-error file is reported in failed with its line, and the rest loaded', async () => {
    assert.deepEqual(
      first.failed.map(({ path: p, line }) => ({ path: p, line })),
      expected.failed,
    );
    assert.match(first.failed[0]!.message, /\S/);
    const listing = (await listCodebases()).find((c) => c.key === KEY);
    assert.ok(listing, 'the codebase is listed');
    assert.deepEqual(
      listing.failed.map(({ path: p, line }) => ({ path: p, line })),
      expected.failed,
    );
    const graph = await stored(KEY);
    assert.ok(!graph.nodes.some((n) => n.path === 'edgepkg/broken.py'), 'the broken file is not a module');
    assert.ok(!graph.nodes.some((n) => n.name === 'edgepkg.broken.fine'), 'nor are its functions');
    assert.equal(graph.modules, expected.counts.files - expected.failed.length);
  });

  it('re-adding the same version is idempotent: unchanged, and no node or relationship more', async () => {
    const before = await totals();
    const again = await addCodebase({ dir: FIXTURE, name: 'edgepkg', version: '1' });
    assert.equal(again.unchanged, true);
    assert.equal(again.key, KEY);
    // With --version given the stored hash is checked before parsing: nothing is parsed again.
    assert.equal(again.parseMs, 0);
    assert.deepEqual(summaryCounts(again), summaryCounts(first));
    assert.deepEqual(await totals(), before);
  });

  it('another --version is stored beside the first, with no shared nodes', async () => {
    const before = await totals();
    const firstGraph = await stored(KEY);
    const second = await addCodebase({ dir: FIXTURE, name: 'edgepkg', version: '2' });
    assert.equal(second.key, 'edgepkg@2');
    assert.equal(second.unchanged, false);
    assert.deepEqual(summaryCounts(second), summaryCounts(first));
    const secondGraph = await stored('edgepkg@2');
    assert.equal(secondGraph.nodes.length, firstGraph.nodes.length);
    assert.equal(secondGraph.edges.length, firstGraph.edges.length);
    const [shared] = await readQuery('testing/codebase-shared', { first: KEY, second: 'edgepkg@2' });
    assert.deepEqual(shared, { first: firstGraph.nodes.length, second: firstGraph.nodes.length, shared: 0 });
    const after = await totals();
    assert.equal(after.nodes, before.nodes + 1 + firstGraph.nodes.length, 'one Codebase node and a copy of the rest');
    assert.equal(after.relationships, before.relationships + firstGraph.edges.length);
    assert.deepEqual(
      (await listCodebases())
        .map((c) => c.key)
        .filter((k) => k.startsWith('edgepkg@'))
        .sort(),
      ['edgepkg@1', 'edgepkg@2'],
    );
  });

  it('an installed third-party package (python-dateutil): counts equal an independent ast count', async (t) => {
    const counts = independentCounts(DATEUTIL);
    const summary = await addCodebase({ dir: DATEUTIL });
    t.diagnostic(
      `dateutil ${summary.version}: ${summary.files} files, ${summary.modules} modules, ${summary.classes} classes, ` +
        `${summary.functions} functions (${summary.methods} methods), ${summary.imports} imports, ${summary.inherits} inherits, ` +
        `${summary.calls} calls (${summary.resolvedCalls} resolved), ${summary.accepts} accepts, ${summary.returns} returns; ` +
        `parse ${summary.parseMs} ms, load ${summary.loadMs} ms`,
    );
    assert.equal(summary.name, 'dateutil');
    assert.deepEqual(
      {
        files: summary.files,
        modules: summary.modules,
        classes: summary.classes,
        functions: summary.functions,
        methods: summary.methods,
        failed: summary.failed.length,
      },
      counts,
    );
    const graph = await stored(summary.key);
    assert.deepEqual(
      {
        modules: graph.modules,
        classes: graph.classes,
        functions: graph.functions,
        methods: graph.methods,
      },
      { modules: counts.modules, classes: counts.classes, functions: counts.functions, methods: counts.methods },
    );
    assert.ok(summary.inherits > 0 && summary.resolvedCalls > 0 && summary.imports > 0, 'a real package has edges');
  });

  it('larder: the bundled demo loads as larder@0.3.0, its typed chains are in the graph, and they run', async (t) => {
    const counts = independentCounts(LARDER);
    const summary = await addCodebase({ dir: LARDER });
    assert.equal(summary.key, 'larder@0.3.0');
    assert.deepEqual(summary.failed, []);
    assert.equal(summary.modules, counts.modules);
    assert.equal(summary.classes, counts.classes);
    assert.equal(summary.functions, counts.functions);
    const chains = await readQuery('testing/codebase-chains', { codebase: summary.key });
    const exact = chains.filter((c) => c.exact);
    const pairs = new Set(exact.map((c) => `${c.producer} → ${c.consumer}`));
    t.diagnostic(
      `larder: ${summary.modules} modules, ${summary.classes} classes, ${summary.functions} functions, ${summary.imports} imports, ` +
        `${summary.inherits} inherits, ${summary.calls} calls (${summary.resolvedCalls} resolved), ${summary.accepts} accepts, ` +
        `${summary.returns} returns; ${pairs.size} exact chain pairs of ${chains.length} RETURNS→ACCEPTS links`,
    );
    assert.ok(pairs.size >= 8, `${pairs.size} exact RETURNS→ACCEPTS pairs: ${[...pairs].join('; ')}`);
    for (const [producer, type, consumer] of [
      ['larder.units.parse.parse_quantity', 'larder.units.quantity.Quantity', 'larder.units.convert.convert'],
      ['larder.units.registry.lookup_unit', 'larder.units.unit.Unit', 'larder.units.convert.convert'],
      ['larder.recipes.parse.parse_recipe', 'larder.recipes.recipe.Recipe', 'larder.recipes.scaling.scale_to_servings'],
      [
        'larder.recipes.scaling.scale_to_servings',
        'larder.recipes.recipe.Recipe',
        'larder.recipes.nutrition.nutrition_of',
      ],
      ['larder.io.csv_format.parse_pantry_csv', 'larder.pantry.Pantry', 'larder.planning.shopping.build_shopping_list'],
      [
        'larder.planning.shopping.build_shopping_list',
        'larder.planning.shopping.ShoppingList',
        'larder.io.report.render_shopping_list',
      ],
      ['larder.planning.shopping.ShoppingList.total_cost', 'larder.money.Money', 'larder.planning.budget.check_budget'],
      [
        'larder.pricing.parse_price_book',
        'larder.pricing.PriceBook',
        'larder.planning.shopping.ShoppingList.total_cost',
      ],
      [
        'larder.planning.planner.plan_week',
        'larder.planning.meal_plan.MealPlan',
        'larder.planning.shopping.shopping_list_for_plan',
      ],
      [
        'larder.io.json_format.recipe_from_json',
        'larder.recipes.recipe.Recipe',
        'larder.recipes.substitutions.substitute',
      ],
    ] as const)
      assert.ok(
        exact.some((c) => c.producer === producer && c.type === type && c.consumer === consumer),
        `${producer} → ${type} → ${consumer}`,
      );
    const smoke = execFileSync('/usr/bin/python3', ['-B', '-s', 'data/codebases/larder-smoke.py'], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: LARDER },
    });
    assert.match(smoke, /all chains ran\n$/);
  });
});
