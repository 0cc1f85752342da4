import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../domain/errors';
import type { Sandbox } from '../sandbox/sandbox';
import type { ParsedFile } from '../sandbox/types';
import { resolveCodebase, type CodeGraph, type SourceFile } from './resolve';

/** Folders never read: caches, virtual environments, version control. */
const SKIPPED_DIRS = new Set([
  '__pycache__',
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  '.tox',
  '.venv',
  'venv',
  '.mypy_cache',
]);
/** A file larger than this is reported as failed rather than parsed (generated tables, vendored bundles). */
export const MAX_FILE_BYTES = 2_000_000;
/** Files per sandbox call: the progress bar moves once per chunk. */
const CHUNK_FILES = 60;

export class CodebaseSourceError extends AppError {
  override name = 'CodebaseSourceError';
}

export interface CodebaseSources {
  /** The directory as given, absolute. */
  dir: string;
  /** The directory module paths are relative to: the parent of a package folder, or the folder itself. */
  importRoot: string;
  /** The default codebase name: the package's or the folder's name. */
  defaultName: string;
  files: SourceFile[];
  /** Files that could not be read as UTF-8 text or were too large. */
  unreadable: Array<{ path: string; line: number; message: string }>;
  /** sha-256 over the sorted (path, file hash) pairs. */
  hash: string;
}

/** Every .py file under `dir` (a checkout or an installed package's folder), read but not parsed. */
export function readCodebase(dir: string): CodebaseSources {
  const absolute = path.resolve(dir);
  if (!existsSync(absolute)) throw new CodebaseSourceError(`${dir} does not exist`);
  if (!statSync(absolute).isDirectory()) throw new CodebaseSourceError(`${dir} is not a directory`);
  const isPackage = existsSync(path.join(absolute, '__init__.py'));
  const importRoot = isPackage ? path.dirname(absolute) : absolute;
  const files: SourceFile[] = [];
  const unreadable: CodebaseSources['unreadable'] = [];
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
        continue;
      }
      if (!entry.isFile() || !entry.name.endsWith('.py')) continue;
      const rel = path.relative(importRoot, full).split(path.sep).join('/');
      const bytes = readFileSync(full);
      if (bytes.length > MAX_FILE_BYTES) {
        unreadable.push({ path: rel, line: 0, message: `larger than ${MAX_FILE_BYTES / 1e6} MB; not parsed` });
        continue;
      }
      const code = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
      let text: string;
      try {
        text = code.decode(bytes);
      } catch {
        unreadable.push({ path: rel, line: 0, message: 'not UTF-8 text' });
        continue;
      }
      files.push({ path: rel, code: text, hash: createHash('sha256').update(bytes).digest('hex') });
    }
  };
  walk(absolute);
  if (files.length === 0 && unreadable.length === 0) throw new CodebaseSourceError(`${dir} holds no .py files`);
  const digest = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1)))
    digest.update(`${file.path}\0${file.hash}\n`);
  for (const bad of unreadable) digest.update(`${bad.path}\0unreadable\n`);
  return {
    dir: absolute,
    importRoot,
    defaultName: defaultNameOf(absolute, isPackage),
    files,
    unreadable,
    hash: digest.digest('hex'),
  };
}

/** The package's folder name: `dir` itself when it is a package, else its one top-level package, else its own name. */
function defaultNameOf(dir: string, isPackage: boolean): string {
  if (isPackage) return path.basename(dir);
  const packages = readdirSync(dir, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, '__init__.py')),
  );
  return packages.length === 1 ? packages[0]!.name : path.basename(dir);
}

export interface ParseProgress {
  (done: number, total: number): void;
}

/** The codegraph program's reading of every file, CHUNK_FILES per sandbox call. */
export async function parseFiles(
  sandbox: Sandbox,
  files: readonly SourceFile[],
  options: { signal?: AbortSignal; onProgress?: ParseProgress } = {},
): Promise<ParsedFile[]> {
  const out: ParsedFile[] = [];
  for (let i = 0; i < files.length; i += CHUNK_FILES) {
    const chunk = files.slice(i, i + CHUNK_FILES).map(({ path: p, code }) => ({ path: p, code }));
    const outcome = await sandbox.parseCode(chunk, options.signal);
    if (outcome.status !== 'done')
      throw new Error(`The sandbox's code parser stopped (${outcome.status}): ${outcome.message}`);
    out.push(...outcome.files);
    options.onProgress?.(Math.min(i + CHUNK_FILES, files.length), files.length);
  }
  return out;
}

/**
 * Reads, parses (in the sandbox) and resolves a codebase: the graph to store, with no database involved.
 * `keyOf` names the codebase from the version the sources declare (the top package's `__version__`), if any.
 */
export async function parseCodebase(
  sandbox: Sandbox,
  sources: CodebaseSources,
  keyOf: (declaredVersion: string | null) => string,
  options: { signal?: AbortSignal; onProgress?: ParseProgress } = {},
): Promise<{ key: string; graph: CodeGraph }> {
  const parsed = await parseFiles(sandbox, sources.files, options);
  const key = keyOf(declaredVersion(parsed));
  const graph = resolveCodebase(key, sources.files, parsed);
  graph.failed.push(...sources.unreadable);
  graph.failed.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { key, graph };
}

/** `__version__ = "…"` of the top-level package's __init__.py. */
export function declaredVersion(parsed: readonly ParsedFile[]): string | null {
  const top = parsed.find((file) => /^[^/]+\/__init__\.py$/.test(file.path) && file.error === undefined);
  return top && top.error === undefined ? top.version : null;
}
