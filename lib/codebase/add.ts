import 'server-only';
import { readQuery } from '../db/driver';
import { codebaseKey } from '../domain/code-graph';
import { AppError, ConflictError } from '../domain/errors';
import { openSandbox, sandboxStatus } from '../sandbox';
import type { Sandbox } from '../sandbox/sandbox';
import { loadCodeGraph } from './load';
import { parseCodebase, readCodebase } from './parse';
import './rows';

/** The sandbox that parses code is not available here. */
export class CodebaseParseUnavailableError extends ConflictError {
  override name = 'CodebaseParseUnavailableError';
}

/** The same name@version is stored with other sources. */
export class CodebaseVersionConflictError extends ConflictError {
  override name = 'CodebaseVersionConflictError';
}

export interface AddCodebaseOptions {
  dir: string;
  name?: string;
  version?: string;
  /** Replace a stored codebase of the same name@version whose sources differ (instead of refusing). */
  replace?: boolean;
  sandbox?: Sandbox;
  signal?: AbortSignal;
  onProgress?: (phase: 'parse' | 'load', done: number, total: number) => void;
}

export interface AddCodebaseSummary {
  key: string;
  name: string;
  version: string;
  files: number;
  modules: number;
  classes: number;
  functions: number;
  methods: number;
  imports: number;
  inherits: number;
  calls: number;
  resolvedCalls: number;
  accepts: number;
  returns: number;
  failed: Array<{ path: string; line: number; message: string }>;
  parseMs: number;
  loadMs: number;
  /** The same name@version was already stored with the same sources: nothing was written. */
  unchanged: boolean;
}

const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;

/**
 * Parses a codebase folder (a checkout or an installed package) in the sandbox and stores its code graph
 * (lib/codebase/MODEL.md). Idempotent per name@version: the same sources again write nothing; other sources under
 * a stored name@version are refused unless `replace`. Another version is stored beside the first.
 */
export async function addCodebase(options: AddCodebaseOptions): Promise<AddCodebaseSummary> {
  for (const [what, value] of [
    ['name', options.name],
    ['version', options.version],
  ] as const)
    if (value !== undefined && !NAME.test(value))
      throw new AppError(
        `--${what} "${value}" is not allowed: use 1–100 letters, digits, ".", "_" or "-", starting with a letter, digit or "_"`,
      );
  const sources = readCodebase(options.dir);
  const name = options.name ?? sources.defaultName;
  if (!NAME.test(name))
    throw new AppError(
      `the folder name "${name}" cannot name a codebase; pass --name with letters, digits, ".", "_" or "-"`,
    );
  const sandbox = options.sandbox ?? openSandbox();
  if (!options.sandbox) {
    const status = sandboxStatus();
    if (!status.available)
      throw new CodebaseParseUnavailableError(
        `Cannot parse ${options.dir}: the sandbox that runs Python's parser is unavailable. ${status.problem} Fix: ${status.fix}.`,
      );
  }
  if (options.version !== undefined) {
    // The key is known before parsing: unchanged sources need no parse at all.
    const known = await storedSummary(codebaseKey(name, options.version), sources.hash);
    if (known) return known;
  }
  const started = performance.now();
  let version = options.version ?? '';
  const { key, graph } = await parseCodebase(
    sandbox,
    sources,
    (declared) => {
      version = options.version ?? (declared && NAME.test(declared) ? declared : `0+${sources.hash.slice(0, 8)}`);
      return codebaseKey(name, version);
    },
    { signal: options.signal, onProgress: (done, total) => options.onProgress?.('parse', done, total) },
  );
  const parseMs = Math.round(performance.now() - started);
  const summary = {
    key,
    name,
    version,
    files: sources.files.length + sources.unreadable.length,
    modules: graph.modules.length,
    classes: graph.classes.length,
    functions: graph.functions.length,
    methods: graph.functions.filter((f) => f.isMethod).length,
    imports: graph.imports.length,
    inherits: graph.inherits.length,
    calls: graph.calls.length,
    resolvedCalls: graph.calls.filter((c) => c.resolved).length,
    accepts: graph.accepts.length,
    returns: graph.returns.length,
    failed: graph.failed,
    parseMs,
  };
  const [stored] = await readQuery('codebase/find', { key });
  if (stored && stored.hash === sources.hash) return { ...summary, loadMs: 0, unchanged: true };
  if (stored && !options.replace)
    throw new CodebaseVersionConflictError(
      `${key} is already stored with other sources. Give this one another version (--version), or pass --replace to overwrite it.`,
    );
  const { loadMs } = await loadCodeGraph(
    { key, name, version, root: sources.dir, hash: sources.hash, files: summary.files, parseMs },
    graph,
    { replace: Boolean(stored), onProgress: (done, total) => options.onProgress?.('load', done, total) },
  );
  return { ...summary, loadMs, unchanged: false };
}

/** The summary of a stored name@version whose sources hash to `hash`, or null (absent, or other sources). */
async function storedSummary(key: string, hash: string): Promise<AddCodebaseSummary | null> {
  const [row] = await readQuery('codebase/stored-summary', { key });
  if (!row || row.codebase.hash !== hash) return null;
  const { codebase: c, ...edges } = row;
  return {
    key: c.key,
    name: c.name,
    version: c.version,
    files: c.files,
    modules: c.modules,
    classes: c.classes,
    functions: c.functions,
    methods: c.methods,
    ...edges,
    failed: JSON.parse(c.failed) as AddCodebaseSummary['failed'],
    parseMs: 0,
    loadMs: 0,
    unchanged: true,
  };
}
