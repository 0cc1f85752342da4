import 'server-only';
import { writeQuery, writeTransaction, type TransactionQuery } from '../db/driver';
import type { CypherName } from '../db/rows';
import type { CodeGraph } from './resolve';
import './rows';

/** Rows per UNWIND statement. */
const ROWS_PER_STATEMENT = 2_000;

export interface CodebaseProps {
  key: string;
  name: string;
  version: string;
  root: string;
  hash: string;
  files: number;
  parseMs: number;
}

/**
 * Stores a parsed codebase in one write transaction: either all of it is there afterwards or none (a failure
 * leaves the database as it was). `replace` first removes a stored codebase of the same key.
 */
export async function loadCodeGraph(
  props: CodebaseProps,
  graph: CodeGraph,
  options: { replace?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ loadMs: number; removed: number }> {
  const started = performance.now();
  const key = props.key;
  const moduleKeys = new Set(graph.modules.map((m) => m.key));
  const contained = <T extends { key: string; container: string }>(rows: readonly T[], inModule: boolean) =>
    rows
      .filter((row) => moduleKeys.has(row.container) === inModule)
      .map((row) => ({ from: row.container, to: row.key }));
  const strip = <T extends { container: string }>({ container: _container, ...rest }: T) => rest;
  const statements: Array<[CypherName, readonly object[]]> = [
    ['codebase/modules', graph.modules],
    ['codebase/classes', graph.classes.map(strip)],
    ['codebase/functions', graph.functions.map(strip)],
    ['codebase/contains-module-class', contained(graph.classes, true)],
    ['codebase/contains-module-function', contained(graph.functions, true)],
    ['codebase/contains-class-class', contained(graph.classes, false)],
    ['codebase/contains-class-function', contained(graph.functions, false)],
    ['codebase/imports', graph.imports],
    ['codebase/inherits', graph.inherits],
    ['codebase/calls', graph.calls],
    ['codebase/accepts', graph.accepts],
    ['codebase/returns', graph.returns],
  ];
  const total = statements.reduce((sum, [, rows]) => sum + rows.length, 0);
  const methods = graph.functions.filter((f) => f.isMethod).length;
  const result = await writeTransaction(async (query: TransactionQuery) => {
    let removed = 0;
    if (options.replace) removed = (await query('codebase/remove', { key }))[0]?.removed ?? 0;
    await query('codebase/create', {
      props: {
        ...props,
        modules: graph.modules.length,
        classes: graph.classes.length,
        functions: graph.functions.length,
        methods,
        failed: JSON.stringify(graph.failed),
        loadMs: 0,
        addedAt: Date.now(),
      },
    });
    let done = 0;
    for (const [name, rows] of statements)
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
        await query(name, { rows: chunk, codebase: key });
        done += chunk.length;
        options.onProgress?.(done, total);
      }
    return { removed };
  });
  const loadMs = Math.round(performance.now() - started);
  await writeQuery('codebase/set-load-ms', { key, loadMs });
  return { loadMs, removed: result.removed };
}
