import type { ParsedFile, ParsedFunction } from '../sandbox/types';
import type { CodeGraph, SourceFile } from './graph-types';
import {
  bindImport,
  fromBase,
  isBoundLocally,
  longestModulePrefix,
  NameResolver,
  type ClassInfo,
  type ModuleScope,
  type Target,
} from './scopes';

export type { ClassNode, CodeGraph, FunctionNode, ModuleNode, SourceFile } from './graph-types';

/**
 * Resolution of the codegraph program's names across the files of one codebase (lib/codebase/MODEL.md): module
 * names, IMPORTS, INHERITS, CALLS, ACCEPTS and RETURNS. Pure: no database, no sandbox.
 */

/** "pkg/sub/mod.py" → "pkg.sub.mod"; "pkg/__init__.py" → "pkg". */
export function moduleNameOf(path: string): { name: string; isPackage: boolean } {
  const parts = path.replace(/\.py$/, '').split('/');
  const isPackage = parts.at(-1) === '__init__';
  if (isPackage) parts.pop();
  return { name: parts.join('.'), isPackage };
}

export function resolveCodebase(
  codebase: string,
  sources: readonly SourceFile[],
  parsed: readonly ParsedFile[],
): CodeGraph {
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const graph: CodeGraph = {
    modules: [],
    classes: [],
    functions: [],
    imports: [],
    inherits: [],
    calls: [],
    accepts: [],
    returns: [],
    failed: [],
  };
  const scopes = new Map<string, ModuleScope>();
  const classes = new Map<string, ClassInfo>();
  const parsedOk: Array<{ module: ModuleScope; file: Extract<ParsedFile, { error?: undefined }> }> = [];
  const takenKeys = new Set<string>();
  const keyOfFunction = new Map<ParsedFunction, string>();
  const uniqueKey = (qualname: string, line: number) => {
    const base = `${codebase}:${qualname}`;
    const key = takenKeys.has(base) ? `${base}@L${line}` : base;
    takenKeys.add(key);
    return key;
  };

  for (const file of parsed) {
    if (file.error !== undefined) {
      graph.failed.push({ path: file.path, line: file.error.line, message: file.error.message });
      continue;
    }
    const source = byPath.get(file.path)!;
    const { name, isPackage } = moduleNameOf(file.path);
    const moduleKey = `${codebase}:${file.path}`;
    graph.modules.push({
      key: moduleKey,
      path: file.path,
      name,
      isPackage,
      lines: source.code.length === 0 ? 0 : source.code.split('\n').length,
      hash: source.hash,
      source: source.code,
      docstring: file.docstring,
    });
    const scope: ModuleScope = { name, path: file.path, isPackage, defs: new Map(), imports: new Map(), stars: [] };
    scopes.set(name, scope);
    parsedOk.push({ module: scope, file });
  }
  const moduleNames = new Set(scopes.keys());

  // Nodes, and the names each module and class defines (a later definition of a name wins, as in Python).
  for (const { module, file } of parsedOk) {
    const moduleKey = `${codebase}:${file.path}`;
    const classKeys = new Map<string, string>();
    for (const cls of file.classes) {
      const qualname = `${module.name}.${cls.qualname}`;
      const key = uniqueKey(qualname, cls.lineStart);
      classKeys.set(cls.qualname, key);
      const container = cls.parent === null ? moduleKey : classKeys.get(cls.parent)!;
      graph.classes.push({
        key,
        qualname,
        name: cls.name,
        module: module.name,
        bases: cls.bases,
        decorators: cls.decorators,
        docstring: cls.docstring,
        lineStart: cls.lineStart,
        lineEnd: cls.lineEnd,
        container,
      });
      classes.set(key, { key, module: module.name, local: cls.qualname, members: new Map(), baseKeys: [] });
      if (cls.parent === null) module.defs.set(cls.name, { kind: 'class', key });
      else classes.get(classKeys.get(cls.parent)!)!.members.set(cls.name, { kind: 'class', key });
    }
    for (const fn of file.functions) {
      const qualname = `${module.name}.${fn.qualname}`;
      const key = uniqueKey(qualname, fn.lineStart);
      keyOfFunction.set(fn, key);
      const container = fn.parent === null ? moduleKey : classKeys.get(fn.parent)!;
      graph.functions.push({
        key,
        qualname,
        name: fn.name,
        module: module.name,
        signature: fn.signature,
        params: JSON.stringify(fn.params.map(({ refs: _refs, ...param }) => param)),
        returns: fn.returns,
        docstring: fn.docstring,
        decorators: fn.decorators,
        isMethod: fn.isMethod,
        isAsync: fn.isAsync,
        lineStart: fn.lineStart,
        lineEnd: fn.lineEnd,
        container,
      });
      if (fn.parent === null) module.defs.set(fn.name, { kind: 'function', key });
      else classes.get(classKeys.get(fn.parent)!)!.members.set(fn.name, { kind: 'function', key });
    }
    for (const imp of file.imports) if (imp.topLevel) bindImport(module, imp, moduleNames);
  }

  const names = new NameResolver(scopes, classes, moduleNames);

  // INHERITS first: method lookups through bases need them.
  for (const { module, file } of parsedOk) {
    for (const cls of file.classes) {
      const key = names.classKey(module.name, cls.qualname)!;
      const info = classes.get(key)!;
      const outer = cls.parent === null ? [] : names.enclosingClasses(module.name, cls.parent);
      cls.baseRefs.forEach((ref, position) => {
        if (ref === null) return;
        const target = names.resolveName(module.name, ref.split('.'), outer);
        if (target?.kind === 'class' && target.key !== key) {
          graph.inherits.push({ from: key, to: target.key, position });
          info.baseKeys.push(target.key);
        }
      });
    }
  }

  // IMPORTS: every import statement of the file, to modules inside the codebase.
  for (const { module, file } of parsedOk) {
    const edges = new Map<string, { names: Set<string>; star: boolean; line: number }>();
    const add = (to: string, names: string[], star: boolean, line: number) => {
      if (to === module.name) return;
      const edge = edges.get(to) ?? { names: new Set<string>(), star: false, line };
      for (const n of names) edge.names.add(n);
      edge.star ||= star;
      edge.line = Math.min(edge.line, line);
      edges.set(to, edge);
    };
    for (const imp of file.imports) {
      if (imp.kind === 'import') {
        const target = longestModulePrefix(imp.module, moduleNames);
        if (target) add(target, [], false, imp.line);
        continue;
      }
      const base = fromBase(module, imp);
      if (base === null) continue;
      for (const { name } of imp.names) {
        if (name === '*') {
          if (moduleNames.has(base)) add(base, [], true, imp.line);
        } else if (moduleNames.has(`${base}.${name}`)) add(`${base}.${name}`, [], false, imp.line);
        else if (moduleNames.has(base)) add(base, [name], false, imp.line);
      }
    }
    for (const [to, edge] of edges)
      graph.imports.push({
        from: `${codebase}:${module.path}`,
        to: `${codebase}:${scopes.get(to)!.path}`,
        names: [...edge.names].sort(),
        star: edge.star,
        line: edge.line,
      });
  }

  // A method name defined exactly once in the codebase: the target of a call on an unknown receiver.
  const methodsByName = new Map<string, string[]>();
  for (const fn of graph.functions)
    if (fn.isMethod) methodsByName.set(fn.name, [...(methodsByName.get(fn.name) ?? []), fn.key]);

  const initOf = (classKey: string): string | null => {
    const init = names.memberOf(classKey, '__init__');
    return init?.kind === 'function' ? init.key : null;
  };

  // CALLS, ACCEPTS, RETURNS.
  for (const { module, file } of parsedOk) {
    for (const fn of file.functions) {
      const key = keyOfFunction.get(fn)!;
      const outer = fn.parent === null ? [] : names.enclosingClasses(module.name, fn.parent);
      const owner = outer.at(-1) ?? null;
      const calls = new Map<string, { resolved: boolean; count: number }>();
      const addCall = (to: string, resolved: boolean, count: number) => {
        const edge = calls.get(to);
        if (edge) {
          edge.count += count;
          edge.resolved ||= resolved;
        } else calls.set(to, { resolved, count });
      };
      const unknownReceiver = (attr: string, count: number, builtinName?: boolean) => {
        if (builtinName) return;
        const candidates = methodsByName.get(attr);
        if (candidates?.length === 1) addCall(candidates[0]!, false, count);
      };
      const isFirstParam = (name: string) => fn.isMethod && fn.params[0]?.name === name;
      for (const call of fn.calls) {
        if (call.kind === 'super') {
          if (owner === null) continue;
          const base = classes
            .get(owner)!
            .baseKeys.map((b) => names.memberOf(b, call.attr))
            .find((t) => t !== null);
          if (base?.kind === 'function') addCall(base.key, true, call.count);
          else if (base === undefined) unknownReceiver(call.attr, call.count, call.builtinName);
          continue;
        }
        if (call.kind === 'attr') {
          unknownReceiver(call.attr, call.count, call.builtinName);
          continue;
        }
        const [head, ...rest] = call.parts;
        let target: Target | null;
        if (owner !== null && (head === 'self' || head === 'cls') && isFirstParam(head!)) {
          if (rest.length === 0) continue;
          target = names.walk(names.memberOf(owner, rest[0]!), rest.slice(1));
          if (target === null) {
            unknownReceiver(rest.at(-1)!, call.count, call.builtinName);
            continue;
          }
        } else {
          target = names.resolveName(module.name, call.parts, []);
          if (target === null && rest.length > 0 && !isBoundLocally(module, head!)) {
            unknownReceiver(rest.at(-1)!, call.count, call.builtinName);
            continue;
          }
        }
        if (target?.kind === 'function') addCall(target.key, true, call.count);
        else if (target?.kind === 'class') {
          const init = initOf(target.key);
          if (init) addCall(init, true, call.count);
        }
      }
      for (const [to, edge] of calls) graph.calls.push({ from: key, to, ...edge });

      const typeTarget = (name: string): string | null => {
        const target = names.resolveName(module.name, name.split('.'), outer);
        return target?.kind === 'class' ? target.key : null;
      };
      const accepted = new Map<string, boolean>();
      for (const param of fn.params)
        for (const ref of param.refs) {
          const to = typeTarget(ref.name);
          if (!to) continue;
          const id = `${param.name}\u0000${to}`;
          accepted.set(id, (accepted.get(id) ?? false) || ref.exact);
        }
      for (const [id, exact] of accepted) {
        const [param, to] = id.split('\u0000') as [string, string];
        graph.accepts.push({ from: key, to, param, exact });
      }
      const returned = new Map<string, boolean>();
      for (const ref of fn.returnRefs) {
        const to = typeTarget(ref.name);
        if (to) returned.set(to, (returned.get(to) ?? false) || ref.exact);
      }
      for (const [to, exact] of returned) graph.returns.push({ from: key, to, exact });
    }
  }
  return graph;
}
