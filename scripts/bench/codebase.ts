// npm run bench:codebase [-- --dir <package folder> --runs 3 --warmup 1 --port 7695 --keep]
// Files per second of addCodebase (parse in the sandbox, resolve, load) on networkx (~580 files) into a dedicated
// bench Neo4j (port 7695, .data/neo4j-bench-codebase), beside a plain parse with no database in the same run: the
// same sandbox program and resolver (parseCodebase) alone. Each timed add stores a new version, so each one loads.
import { parseArgs } from 'node:util';
import { describeTimes, percentile } from './support/measure';
import { loadAverage } from './support/sandbox-runs';
import { formatCount } from '../../lib/cli/progress';
import { runCli } from '../../lib/cli/run';
import { addCodebase, type AddCodebaseSummary } from '../../lib/codebase';
import { parseFiles, readCodebase } from '../../lib/codebase/parse';
import { resolveCodebase } from '../../lib/codebase/resolve';
import { closeDriver, readQuery } from '../../lib/db/driver';
import { localDbOf, resetLocal, startLocal, stopLocal } from '../../lib/db/local-neo4j';
import { applySchema } from '../../lib/db/schema';
import { AppError } from '../../lib/domain/errors';
import { forgetServerEnv, parseEnv } from '../../lib/env';
import { closeSandbox, openSandbox, sandboxStatus } from '../../lib/sandbox/index';
import '../../test-support/rows';

const DEFAULT_DIR = '.data/sandbox-env/venv/lib/python3.11/site-packages/networkx';
const DATA_DIR = '.data/neo4j-bench-codebase';

function selectCodebaseBenchDatabase(port: string) {
  const env = parseEnv({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_LOCAL_PORT: port,
    NEO4J_LOCAL_DATA_DIR: DATA_DIR,
  });
  Object.assign(process.env, {
    NEO4J_URI: `bolt://127.0.0.1:${port}`,
    NEO4J_LOCAL_PORT: port,
    NEO4J_LOCAL_DATA_DIR: DATA_DIR,
  });
  for (const name of ['NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete process.env[name];
  forgetServerEnv();
  return localDbOf(env);
}

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new AppError(`--${name} must be an integer ≥ ${min} (got ${value})`);
  return n;
}

const perSecond = (files: number, ms: number) => `${formatCount(files / (ms / 1000))} files/s`;
const line = (label: string, files: number, times: readonly number[]) =>
  console.log(
    `  ${label.padEnd(44)} ${perSecond(files, percentile(times, 50)).padStart(14)}   ${describeTimes(times)}`,
  );

runCli(async () => {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      port: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const dir = values.dir ?? DEFAULT_DIR;
  const runs = positiveInt('runs', values.runs, 3);
  const warmup = positiveInt('warmup', values.warmup, 1, 0);
  const port = String(positiveInt('port', values.port, 7695));
  const status = sandboxStatus();
  if (!status.available) throw new AppError(`The sandbox cannot run here: ${status.problem}\nFix: ${status.fix}.`);
  const sandbox = openSandbox();

  const r0 = performance.now();
  const sources = readCodebase(dir);
  const readMs = performance.now() - r0;
  const files = sources.files.length;
  const bytes = sources.files.reduce((sum, f) => sum + Buffer.byteLength(f.code), 0);
  console.log(
    `${sources.defaultName}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, read in ${readMs.toFixed(0)} ms`,
  );
  console.log(`load average at start: ${loadAverage()}`);

  // Plain parse, no database: the codegraph program in the sandbox, then the resolver, as parseCodebase runs them.
  const sandboxMs: number[] = [];
  const resolveMs: number[] = [];
  const parseMs: number[] = [];
  let graph: ReturnType<typeof resolveCodebase> | undefined;
  for (let i = 0; i < warmup + runs; i += 1) {
    const s0 = performance.now();
    const parsed = await parseFiles(sandbox, sources.files);
    const s1 = performance.now();
    graph = resolveCodebase('bench@parse', sources.files, parsed);
    const s2 = performance.now();
    if (i < warmup) continue;
    sandboxMs.push(s1 - s0);
    resolveMs.push(s2 - s1);
    parseMs.push(s2 - s0);
  }
  if (!graph) throw new AppError('no parse ran');
  console.log(
    `graph: ${formatCount(graph.modules.length)} modules, ${formatCount(graph.classes.length)} classes, ` +
      `${formatCount(graph.functions.length)} functions, ${formatCount(graph.imports.length)} imports, ` +
      `${formatCount(graph.inherits.length)} inherits, ${formatCount(graph.calls.length)} calls, ` +
      `${formatCount(graph.accepts.length + graph.returns.length)} type links, ${graph.failed.length} failed`,
  );

  console.log(`\nfresh bench database (port ${port}, ${DATA_DIR})…`);
  const db = selectCodebaseBenchDatabase(port);
  await resetLocal(db);
  await startLocal(db, { log: () => {} });
  await applySchema();

  const addMs: number[] = [];
  const addParseMs: number[] = [];
  const loadMs: number[] = [];
  let last: AddCodebaseSummary | undefined;
  for (let i = 0; i < warmup + runs; i += 1) {
    const a0 = performance.now();
    last = await addCodebase({ dir, name: 'bench', version: `run.${i}`, sandbox });
    const wall = performance.now() - a0;
    if (last.unchanged) throw new AppError(`bench@run.${i} was already stored`);
    if (i < warmup) continue;
    addMs.push(wall);
    addParseMs.push(last.parseMs);
    loadMs.push(last.loadMs);
  }
  if (!last) throw new AppError('no add ran');
  const u0 = performance.now();
  const again = await addCodebase({ dir, name: 'bench', version: `run.${warmup + runs - 1}`, sandbox });
  const unchangedMs = performance.now() - u0;
  if (!again.unchanged) throw new AppError('re-adding the same version wrote again');
  const [totals] = await readQuery('testing/graph-totals');

  console.log(`\n${files} files, ${runs} timed runs after ${warmup} warm-up (p50 rate; times per run)`);
  console.log('plain parse, no database');
  line('sandbox ast (codegraph program)', files, sandboxMs);
  line('resolve (imports, inherits, calls, types)', files, resolveMs);
  line('parse = sandbox + resolve', files, parseMs);
  console.log('addCodebase into Neo4j');
  line('its parse phase (parseMs)', files, addParseMs);
  line('its load phase (loadMs, one transaction)', files, loadMs);
  line('parsed and loaded (wall)', files, addMs);
  console.log(`  ${'re-add of the same version (unchanged)'.padEnd(44)} ${unchangedMs.toFixed(0)} ms, nothing written`);
  const ratio = percentile(addMs, 50) / percentile(parseMs, 50);
  console.log(
    `\nparse-and-load takes ${ratio.toFixed(2)}x the plain parse; the database holds ${formatCount(totals?.nodes ?? 0)} nodes, ` +
      `${formatCount(totals?.relationships ?? 0)} relationships (${warmup + runs} versions)`,
  );
  console.log(`load average at end: ${loadAverage()}`);

  await closeSandbox();
  await closeDriver();
  if (!values.keep) await stopLocal(db);
});
