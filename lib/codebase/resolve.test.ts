import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ParsedClass, ParsedFile, ParsedFunction, ParsedImport } from '../sandbox/types';
import { moduleNameOf, resolveCodebase, type SourceFile } from './resolve';

// Hand-written codegraph reports (what the sandbox program returns), so these tests pin resolution alone.
const cls = (qualname: string, baseRefs: Array<string | null> = [], line = 1): ParsedClass => ({
  qualname,
  name: qualname.split('.').at(-1)!,
  parent: qualname.includes('.') ? qualname.slice(0, qualname.lastIndexOf('.')) : null,
  bases: baseRefs.map((b) => b ?? 'x()'),
  baseRefs,
  decorators: [],
  docstring: null,
  lineStart: line,
  lineEnd: line + 1,
});
const fn = (
  qualname: string,
  calls: ParsedFunction['calls'] = [],
  extra: Partial<ParsedFunction> = {},
): ParsedFunction => {
  const parent = qualname.includes('.') ? qualname.slice(0, qualname.lastIndexOf('.')) : null;
  return {
    qualname,
    name: qualname.split('.').at(-1)!,
    parent,
    signature: `def ${qualname.split('.').at(-1)}()`,
    params: parent ? [{ name: 'self', kind: 'arg', annotation: null, default: null, refs: [] }] : [],
    returns: null,
    returnRefs: [],
    docstring: null,
    decorators: [],
    isMethod: parent !== null,
    isAsync: false,
    lineStart: 1,
    lineEnd: 2,
    calls,
    ...extra,
  };
};
const call = (...parts: string[]) => ({ kind: 'name' as const, parts, count: 1 });
const from = (module: string | null, level: number, ...names: string[]): ParsedImport => ({
  kind: 'from',
  module,
  level,
  names: names.map((name) => ({ name, asname: null })),
  line: 1,
  topLevel: true,
});
const file = (
  path: string,
  parts: { imports?: ParsedImport[]; classes?: ParsedClass[]; functions?: ParsedFunction[] },
): ParsedFile => ({
  path,
  docstring: null,
  version: null,
  imports: parts.imports ?? [],
  classes: parts.classes ?? [],
  functions: parts.functions ?? [],
});
const resolve = (files: ParsedFile[]) =>
  resolveCodebase(
    'cb@1',
    files.map((f): SourceFile => ({ path: f.path, code: 'x\n', hash: 'h' })),
    files,
  );
const short = (key: string) => key.replace('cb@1:', '');

describe('code graph resolution', () => {
  it('names modules and packages by their path', () => {
    assert.deepEqual(moduleNameOf('pkg/sub/mod.py'), { name: 'pkg.sub.mod', isPackage: false });
    assert.deepEqual(moduleNameOf('pkg/__init__.py'), { name: 'pkg', isPackage: true });
  });

  it('resolves relative imports by level, to a submodule when the name is one, else to the package', () => {
    const graph = resolve([
      file('pkg/__init__.py', { imports: [from(null, 1, 'a'), from('a', 1, 'helper')] }),
      file('pkg/a.py', { functions: [fn('helper')] }),
      file('pkg/sub/__init__.py', {}),
      file('pkg/sub/b.py', { imports: [from('a', 2, 'helper'), from(null, 2, 'missing')] }),
    ]);
    const edges = graph.imports.map((e) => `${short(e.from)} -> ${short(e.to)} [${e.names.join(',')}]`).sort();
    assert.deepEqual(edges, [
      'pkg/__init__.py -> pkg/a.py [helper]',
      'pkg/sub/b.py -> pkg/__init__.py [missing]',
      'pkg/sub/b.py -> pkg/a.py [helper]',
    ]);
  });

  it('follows re-exports and star imports to the defining module', () => {
    const graph = resolve([
      file('pkg/__init__.py', { imports: [from('core', 1, '*')] }),
      file('pkg/core.py', { functions: [fn('run')] }),
      file('pkg/app.py', {
        imports: [{ kind: 'import', module: 'pkg', asname: null, line: 1, topLevel: true }],
        functions: [fn('main', [call('pkg', 'run'), call('print')])],
      }),
    ]);
    assert.deepEqual(
      graph.calls.map((c) => [short(c.from), short(c.to), c.resolved]),
      [['pkg.app.main', 'pkg.core.run', true]],
    );
    assert.equal(graph.imports.find((e) => short(e.from) === 'pkg/__init__.py')?.star, true);
  });

  it('finds self and super() methods through codebase bases; calling a class calls its (inherited) __init__', () => {
    const graph = resolve([
      file('m.py', {
        classes: [cls('Base'), cls('Child', ['Base'])],
        functions: [
          fn('Base.__init__'),
          fn('Base.save'),
          fn('Child.go', [call('self', 'save'), { kind: 'super', attr: 'save', count: 2 }]),
          fn('make', [call('Child')]),
        ],
      }),
    ]);
    const calls = graph.calls.map((c) => `${short(c.from)} -> ${short(c.to)} ×${c.count} ${c.resolved}`).sort();
    assert.deepEqual(calls, ['m.Child.go -> m.Base.save ×3 true', 'm.make -> m.Base.__init__ ×1 true']);
    assert.deepEqual(
      graph.inherits.map((e) => [short(e.from), short(e.to)]),
      [['m.Child', 'm.Base']],
    );
  });

  it('links an unknown receiver only to a method name defined once and not a built-in one, as unresolved', () => {
    const graph = resolve([
      file('m.py', {
        classes: [cls('A'), cls('B')],
        functions: [
          fn('A.unique'),
          fn('A.shared'),
          fn('B.shared'),
          fn('A.items'),
          fn('use', [
            call('thing', 'unique'),
            call('thing', 'shared'),
            { kind: 'attr', attr: 'unique', count: 1 },
            // d.items() on a dict of unknown type: a built-in's method name is never guessed.
            { kind: 'name', parts: ['d', 'items'], count: 1, builtinName: true },
          ]),
        ],
      }),
    ]);
    assert.deepEqual(
      graph.calls.map((c) => [short(c.from), short(c.to), c.count, c.resolved]),
      [['m.use', 'm.A.unique', 2, false]],
    );
  });

  it('keeps a redefined name as a second node with its line in the key', () => {
    const graph = resolve([
      file('m.py', { functions: [fn('f', [], { lineStart: 1 }), fn('f', [], { lineStart: 5 })] }),
    ]);
    assert.deepEqual(
      graph.functions.map((f) => short(f.key)),
      ['m.f', 'm.f@L5'],
    );
    assert.ok(graph.functions.every((f) => f.qualname === 'm.f'));
  });

  it('types: exact and contained annotations, through nested class names', () => {
    const graph = resolve([
      file('m.py', {
        classes: [cls('Item'), cls('Box'), cls('Box.Lid')],
        functions: [
          fn('build', [], {
            params: [
              {
                name: 'items',
                kind: 'arg',
                annotation: 'list[Item]',
                default: null,
                refs: [{ name: 'Item', exact: false }],
              },
            ],
            returnRefs: [{ name: 'Box', exact: true }],
          }),
          fn('Box.close', [], {
            params: [
              { name: 'self', kind: 'arg', annotation: null, default: null, refs: [] },
              { name: 'lid', kind: 'arg', annotation: 'Lid', default: null, refs: [{ name: 'Lid', exact: true }] },
            ],
          }),
        ],
      }),
    ]);
    assert.deepEqual(graph.accepts.map((e) => [short(e.from), e.param, short(e.to), e.exact]).sort(), [
      ['m.Box.close', 'lid', 'm.Box.Lid', true],
      ['m.build', 'items', 'm.Item', false],
    ]);
    assert.deepEqual(
      graph.returns.map((e) => [short(e.from), short(e.to), e.exact]),
      [['m.build', 'm.Box', true]],
    );
  });

  it('reports files that did not parse and loads the rest', () => {
    const graph = resolve([
      { path: 'bad.py', error: { line: 3, message: 'SyntaxError: invalid syntax' } },
      file('good.py', { functions: [fn('ok')] }),
    ]);
    assert.deepEqual(graph.failed, [{ path: 'bad.py', line: 3, message: 'SyntaxError: invalid syntax' }]);
    assert.deepEqual(
      graph.modules.map((m) => m.name),
      ['good'],
    );
  });
});
