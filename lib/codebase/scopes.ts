import type { ParsedImport } from '../sandbox/types';

export type Target =
  | { kind: 'module'; name: string }
  | { kind: 'class'; key: string }
  | { kind: 'function'; key: string }
  | { kind: 'external' };

export interface ModuleScope {
  name: string;
  path: string;
  isPackage: boolean;
  /** Names bound at module level: defs, classes, imports (resolved lazily). */
  defs: Map<string, Target>;
  imports: Map<string, ImportBinding>;
  stars: string[];
}

type ImportBinding = { kind: 'module'; name: string } | { kind: 'symbol'; module: string; name: string };

export interface ClassInfo {
  key: string;
  module: string;
  /** Python __qualname__ within the module. */
  local: string;
  members: Map<string, Target>;
  baseKeys: string[];
}

const MAX_DEPTH = 8;

/** Name lookup across a codebase's modules and classes (lib/codebase/MODEL.md, "How names resolve"). */
export class NameResolver {
  private readonly classKeyOf = new Map<string, string>();

  constructor(
    private readonly scopes: ReadonlyMap<string, ModuleScope>,
    private readonly classes: ReadonlyMap<string, ClassInfo>,
    private readonly moduleNames: ReadonlySet<string>,
  ) {
    for (const info of classes.values()) this.classKeyOf.set(`${info.module}\u0000${info.local}`, info.key);
  }

  /** The key of a module's class by its __qualname__ within the module. */
  classKey(module: string, local: string): string | undefined {
    return this.classKeyOf.get(`${module}\u0000${local}`);
  }

  lookupInModule(moduleName: string, name: string, depth: number): Target | null {
    if (depth > MAX_DEPTH) return null;
    const scope = this.scopes.get(moduleName);
    if (!scope) return null;
    const own = scope.defs.get(name);
    if (own) return own;
    const binding = scope.imports.get(name);
    if (binding) {
      if (binding.kind === 'module')
        return this.moduleNames.has(binding.name) ? { kind: 'module', name: binding.name } : { kind: 'external' };
      const sub = `${binding.module}.${binding.name}`;
      if (this.moduleNames.has(sub)) return { kind: 'module', name: sub };
      if (!this.moduleNames.has(binding.module)) return { kind: 'external' };
      return this.lookupInModule(binding.module, binding.name, depth + 1);
    }
    for (const star of scope.stars) {
      if (name.startsWith('_')) break;
      const found = this.lookupInModule(star, name, depth + 1);
      if (found && found.kind !== 'external') return found;
    }
    // A package's submodule is an attribute of the package once imported anywhere.
    if (this.moduleNames.has(`${moduleName}.${name}`)) return { kind: 'module', name: `${moduleName}.${name}` };
    return null;
  }

  memberOf(classKey: string, name: string, seen = new Set<string>()): Target | null {
    if (seen.has(classKey)) return null;
    seen.add(classKey);
    const info = this.classes.get(classKey);
    if (!info) return null;
    const own = info.members.get(name);
    if (own) return own;
    for (const base of info.baseKeys) {
      const found = this.memberOf(base, name, seen);
      if (found) return found;
    }
    return null;
  }

  walk(start: Target | null, rest: readonly string[]): Target | null {
    let target = start;
    for (const part of rest) {
      if (target === null || target.kind === 'external' || target.kind === 'function') return null;
      target = target.kind === 'module' ? this.lookupInModule(target.name, part, 0) : this.memberOf(target.key, part);
    }
    return target;
  }

  /** A dotted name in a module, seen from inside the classes `enclosing` (innermost last). */
  resolveName(moduleName: string, parts: readonly string[], enclosing: readonly string[] = []): Target | null {
    for (const classKey of [...enclosing].reverse()) {
      const member = this.classes.get(classKey)?.members.get(parts[0]!);
      if (member) return this.walk(member, parts.slice(1));
    }
    return this.walk(this.lookupInModule(moduleName, parts[0]!, 0), parts.slice(1));
  }

  enclosingClasses(module: string, local: string | null): string[] {
    const out: string[] = [];
    let at = local;
    while (at !== null) {
      const key = this.classKeyOf.get(`${module}\u0000${at}`);
      if (!key) break;
      out.unshift(key);
      const dot = at.lastIndexOf('.');
      at = dot === -1 ? null : at.slice(0, dot);
    }
    return out;
  }
}

export function bindImport(scope: ModuleScope, imp: ParsedImport, moduleNames: ReadonlySet<string>): void {
  if (imp.kind === 'import') {
    if (imp.asname) scope.imports.set(imp.asname, { kind: 'module', name: imp.module });
    else {
      const head = imp.module.split('.')[0]!;
      scope.imports.set(head, { kind: 'module', name: head });
    }
    return;
  }
  const base = fromBase(scope, imp);
  if (base === null) return;
  for (const { name, asname } of imp.names) {
    if (name === '*') {
      if (moduleNames.has(base)) scope.stars.push(base);
      continue;
    }
    scope.imports.set(asname ?? name, { kind: 'symbol', module: base, name });
  }
}

/** The module a `from … import` reads from, as a dotted name (null when the relative level leaves the root). */
export function fromBase(
  scope: Pick<ModuleScope, 'name' | 'isPackage'>,
  imp: Extract<ParsedImport, { kind: 'from' }>,
): string | null {
  if (imp.level === 0) return imp.module;
  const packageParts = scope.name.split('.');
  if (!scope.isPackage) packageParts.pop();
  const up = imp.level - 1;
  if (up > packageParts.length) return null;
  const base = packageParts.slice(0, packageParts.length - up);
  if (imp.module) base.push(...imp.module.split('.'));
  return base.length === 0 ? null : base.join('.');
}

export function longestModulePrefix(name: string, moduleNames: ReadonlySet<string>): string | null {
  const parts = name.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const prefix = parts.slice(0, n).join('.');
    if (moduleNames.has(prefix)) return prefix;
  }
  return null;
}

/** A name the module binds at module level (so `x.m()` on it is not an unknown receiver). */
export function isBoundLocally(scope: ModuleScope, name: string): boolean {
  return scope.defs.has(name) || scope.imports.has(name);
}
