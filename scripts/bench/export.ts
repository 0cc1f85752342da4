// npm run bench:export [-- --problems 100000 --keep]
// Exports 100,000 synthetic approved problems from a dedicated bench Neo4j (port 7692,
// .data/neo4j-bench-export) as SFT and full JSONL, each in a fresh child process whose peak RSS is
// measured, beside the naive baseline (read everything, build every line, then write) in the same run.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { syntheticCorpus } from './support/synthetic-corpus';
import { formatCount, progressBar } from '../../lib/cli/progress';
import { runCli } from '../../lib/cli/run';
import { closeDriver, readQuery, writeQuery } from '../../lib/db/driver';
import { localDbOf, resetLocal, startLocal, stopLocal } from '../../lib/db/local-neo4j';
import { applySchema } from '../../lib/db/schema';
import { AppError } from '../../lib/domain/errors';
import { forgetServerEnv, parseEnv } from '../../lib/env';
import { prepareDocument } from '../../lib/graph/prepare-document';
import { ingestChunk } from '../../lib/graph/ingest';
import { exportLines } from '../../lib/review/export';
import { writeLines } from '../../lib/review/export-file';
import { fixtureBatch, fixtureProblems } from '../../test-support/review/fixture';
import type { ExportFormat } from '../../lib/review/schemas';

const PORT = '7692';
const DATA_DIR = '.data/neo4j-bench-export';
const PER_BATCH = 5_000;
const TARGET_MB = 300;

type Mode = 'stream' | 'naive';
interface ChildReport {
  mode: Mode;
  format: ExportFormat;
  rows: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
}

function selectExportBenchDatabase() {
  const env = parseEnv({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_LOCAL_PORT: PORT,
    NEO4J_LOCAL_DATA_DIR: DATA_DIR,
  });
  Object.assign(process.env, {
    NEO4J_URI: `bolt://127.0.0.1:${PORT}`,
    NEO4J_LOCAL_PORT: PORT,
    NEO4J_LOCAL_DATA_DIR: DATA_DIR,
  });
  for (const name of ['NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete process.env[name];
  forgetServerEnv();
  return localDbOf(env);
}

/** A small synthetic graph for the problems to use, then `problems` approved stub-looking problems in batches of 5,000. */
async function seedProblems(problems: number): Promise<void> {
  await ingestChunk([...syntheticCorpus({ documents: 3_000, seed: 20_260_101 })].map(prepareDocument));
  const candidates = await readQuery('testing/review-candidates', { scenarios: 60 });
  const bar = progressBar('seed', problems, 'problems');
  const now = Date.now();
  for (let start = 0, b = 0; start < problems; start += PER_BATCH, b += 1) {
    const count = Math.min(PER_BATCH, problems - start);
    const batchId = `bench-${String(b).padStart(3, '0')}`;
    const rows = fixtureProblems(batchId, count, candidates, now + start);
    for (const row of rows)
      Object.assign(row.props, {
        status: 'approved',
        version: 2,
        reviewer: 'bench',
        reviewedAt: now + start + 1,
        reasons: [],
        revision: 0,
        duplicate: false,
      });
    await writeQuery('testing/review-seed', { batch: fixtureBatch(batchId, count, now), problems: rows });
    bar.update(start + count);
  }
  bar.stop();
}

/** Child process: one export, streamed page by page or loaded whole first; reports its own peak RSS. */
async function child(mode: Mode, format: ExportFormat, out: string): Promise<void> {
  const started = performance.now();
  const stream = createWriteStream(out);
  const query = { status: 'approved' as const, format, verified: false };
  let result: { rows: number; bytes: number };
  if (mode === 'stream') result = await writeLines(exportLines(query), stream);
  else {
    // The naive way: one read of everything, every line built in memory, then written.
    const all: string[] = [];
    for await (const line of exportLines(query, { pageSize: 10_000_000 })) all.push(line);
    result = await writeLines(
      (async function* () {
        yield* all;
      })(),
      stream,
    );
  }
  stream.end();
  await finished(stream);
  const report: ChildReport = {
    mode,
    format,
    ...result,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(mode: Mode, format: ExportFormat, out: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [...process.execArgv, process.argv[1]!, '--child', mode, '--format', format, '--out', out],
      { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
    );
    let text = '';
    proc.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (code !== 0) return reject(new AppError(`the ${mode} ${format} export exited with code ${code}`));
      resolve(JSON.parse(text.trim().split('\n').at(-1)!) as ChildReport);
    });
  });
}

const describe = (r: ChildReport) =>
  `${formatCount(r.rows)} rows in ${r.seconds.toFixed(1)} s = ${formatCount(r.rows / r.seconds)} rows/s, ${formatCount(r.bytes / 1_048_576)} MB written, peak RSS ${formatCount(r.peakRssMb)} MB`;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      problems: { type: 'string' },
      keep: { type: 'boolean', default: false },
      child: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const db = selectExportBenchDatabase();
  if (values.child) return child(values.child as Mode, (values.format ?? 'sft') as ExportFormat, values.out!);

  const problems = Number(values.problems ?? 100_000);
  if (!Number.isInteger(problems) || problems < 1)
    throw new AppError(`--problems must be a positive integer (got ${values.problems})`);
  await startLocal(db, { log: () => {} });
  await applySchema();
  const [existing] = await readQuery('review/export-count', { status: 'approved' });
  if (existing?.n !== problems) {
    console.log(
      `bench database (port ${PORT}) holds ${existing?.n ?? 0} approved problems; loading ${formatCount(problems)}…`,
    );
    await closeDriver();
    await resetLocal(db);
    await startLocal(db, { log: () => {} });
    await applySchema();
    const t0 = performance.now();
    await seedProblems(problems);
    console.log(`seeded ${formatCount(problems)} problems in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  await closeDriver();

  mkdirSync('.data/bench', { recursive: true });
  const file = (mode: Mode, format: ExportFormat) => `.data/bench/export-${mode}-${format}.jsonl`;
  // One untimed pass first, so every measured run reads from a warm page cache, whatever its order.
  const warm = await runChild('stream', 'sft', file('stream', 'sft'));
  console.log(`warm-up: ${describe(warm)}`);
  const runs: ChildReport[] = [];
  for (const [mode, format] of [
    ['stream', 'sft'],
    ['stream', 'full'],
    ['naive', 'sft'],
  ] as const) {
    const report = await runChild(mode, format, file(mode, format));
    if (report.rows !== problems)
      throw new AppError(`${mode} ${format} exported ${report.rows} rows, expected ${problems}`);
    console.log(
      `${mode.padEnd(6)} ${format.padEnd(4)}: ${describe(report)} (${formatCount(statSync(file(mode, format)).size / 1_048_576)} MB file)`,
    );
    runs.push(report);
  }
  const [sft, , naive] = runs as [ChildReport, ChildReport, ChildReport];
  console.log(
    `streamed SFT export: ${formatCount(sft.rows / sft.seconds)} rows/s, peak RSS ${formatCount(sft.peakRssMb)} MB vs ${formatCount(naive.peakRssMb)} MB loading everything first`,
  );
  const worst = Math.max(runs[0]!.peakRssMb, runs[1]!.peakRssMb);
  console.log(
    `target peak RSS < ${TARGET_MB} MB for streamed exports: ${worst < TARGET_MB ? 'met' : 'NOT met'} (${formatCount(worst)} MB)`,
  );
  if (!values.keep) await stopLocal(db);
});
