// npm run bench:synthesize [-- --items 1280 --latency 200 --concurrency 64 --rounds 10 --keep]
// Batch throughput against the in-process LLM stub (200 ms per call, two calls per item) on the
// sample graph in a bench Neo4j (port 7693), beside two figures from the same run: the ideal
// concurrency-bound rate, and the same calls made with no database at all. Then the latency of
// pause and cancel under full load: `--rounds` batches, each paused, resumed and cancelled while
// the runner works at full throughput, through the API's code path (applyBatchAction).
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { formatCount } from '../../lib/cli/progress';
import { runCli } from '../../lib/cli/run';
import { cypher } from '../../lib/db/cypher';
import { closeDriver, getDriver, sessionConfig } from '../../lib/db/driver';
import { localDbOf, startLocal, stopLocal } from '../../lib/db/local-neo4j';
import { applySchema } from '../../lib/db/schema';
import { forgetServerEnv, parseEnv } from '../../lib/env';
import { AppError } from '../../lib/domain/errors';
import { loadSampleIfEmpty } from '../../lib/graph/sample-corpus';
import { batchDrawer } from '../../lib/sampler/batch-drawer';
import { chatJson } from '../../lib/llm/client';
import { spawn } from 'node:child_process';
import { stubTestConfig } from '../../test-support/llm-stub/test-config';
import { batchRequestSchema } from '../../lib/schemas/batch';
import { launchBatch } from '../../lib/synthesis/batches';
import { answerRequest, assembleStatement, problemRequest } from '../../lib/synthesis/requests';
import { SynthesisRunner } from '../../lib/synthesis/runner';
import { applyBatchAction, batchSummary } from '../../lib/synthesis/store';
import type { BatchStatus } from '../../lib/synthesis/types';

const PORT = '7693';
const STUB_PORT = 4093;

/** The stub in its own process, as a real endpoint would be: its CPU is not the runner's. */
async function stubProcess(latencyMs: number) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=react-server',
      '--import',
      'tsx',
      'scripts/llm-stub.ts',
      '--port',
      String(STUB_PORT),
      '--latency-ms',
      String(latencyMs),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new AppError(`the stub exited (${code}); is port ${STUB_PORT} free?`)));
    child.stdout!.once('data', () => resolve());
  });
  const baseUrl = `http://127.0.0.1:${STUB_PORT}/v1`;
  const stats = async () =>
    (await (await fetch(`http://127.0.0.1:${STUB_PORT}/stub/stats`)).json()) as {
      requests: number;
      maxInFlight: number;
    };
  return { baseUrl, stats, close: () => child.kill('SIGTERM') };
}
const DATA_DIR = '.data/neo4j-bench-synth';

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new AppError(`--${name} must be a positive integer (got ${value})`);
  return n;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of a non-empty list. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** When each item of each batch made its first LLM call, as the runner's request hook sees it. */
class ItemStarts {
  private readonly seen = new Set<string>();
  private readonly last = new Map<string, number>();

  record(batchId: string, index: number): void {
    const key = `${batchId}/${index}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.last.set(batchId, performance.now());
  }

  lastStart(batchId: string): number {
    return this.last.get(batchId) ?? 0;
  }
}

interface ActionLatency {
  /** Until the stored status showed the action. */
  statusMs: number;
  /** Until the last item that started after the action was requested (0: none did). */
  startsMs: number;
}

/** How long no new item may start before a paused or cancelled batch counts as stopped. */
const QUIET_MS = 1_000;

/**
 * Requests `action` as the API does and times (a) until a reader sees the stored status change and
 * (b) until the last new item start, once the runner has gone quiet (nothing busy, no start for QUIET_MS).
 */
async function timeAction(
  runner: SynthesisRunner,
  starts: ItemStarts,
  batchId: string,
  action: 'pause' | 'cancel',
): Promise<ActionLatency> {
  const target: BatchStatus = action === 'pause' ? 'paused' : 'cancelled';
  const t0 = performance.now();
  const requested = applyBatchAction(batchId, { action });
  let statusMs = Number.NaN;
  while (Number.isNaN(statusMs)) {
    if ((await batchSummary(batchId)).status === target) statusMs = performance.now() - t0;
    else await sleep(10);
    if (performance.now() - t0 > 60_000) throw new AppError(`the ${action} did not show within 60 s`);
  }
  await requested;
  while (runner.busy > 0 || performance.now() - Math.max(t0, starts.lastStart(batchId)) < QUIET_MS) {
    if (performance.now() - t0 > 60_000) throw new AppError(`items kept starting 60 s after the ${action}`);
    await sleep(20);
  }
  return { statusMs, startsMs: Math.max(0, starts.lastStart(batchId) - t0) };
}

/** Until the batch has `more` items more done than now, at full throughput. */
async function runFor(batchId: string, more: number): Promise<void> {
  const target = (await batchSummary(batchId)).done + more;
  const deadline = performance.now() + 60_000;
  while ((await batchSummary(batchId)).done < target) {
    if (performance.now() > deadline) throw new AppError('the batch did not get going within 60 s');
    await sleep(25);
  }
}

async function clearBatches(): Promise<void> {
  const session = getDriver().session(sessionConfig('WRITE'));
  try {
    await session.run(cypher('bench/clear-synthesis'));
  } finally {
    await session.close();
  }
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      items: { type: 'string' },
      latency: { type: 'string' },
      concurrency: { type: 'string' },
      rounds: { type: 'string' },
      keep: { type: 'boolean' },
    },
  });
  const items = positiveInt('items', values.items, 1_280);
  const latencyMs = positiveInt('latency', values.latency, 200);
  const concurrency = positiveInt('concurrency', values.concurrency, 64);
  const rounds = positiveInt('rounds', values.rounds, 10);

  const env = parseEnv({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_LOCAL_PORT: PORT,
    NEO4J_LOCAL_DATA_DIR: DATA_DIR,
  });
  Object.assign(process.env, { NEO4J_URI: `bolt://127.0.0.1:${PORT}` });
  forgetServerEnv();
  const db = localDbOf(env);
  const { started } = await startLocal(db, { log: () => {} });
  const stub = await stubProcess(latencyMs);
  try {
    await applySchema();
    await loadSampleIfEmpty();
    await clearBatches();
    const llmVars = {
      LLM_BASE_URL: stub.baseUrl,
      LLM_MODEL: 'scogen-stub',
      LLM_CONCURRENCY: String(concurrency),
      LLM_TIMEOUT_MS: '30000',
      LLM_RETRY_BASE_MS: '1',
      LLM_MAX_RETRY_WAIT_MS: '50',
    };
    Object.assign(process.env, llmVars);
    const config = stubTestConfig(stub.baseUrl, llmVars);
    const params = {
      selection: 'all',
      weighting: 'docCount',
      complexity: 'C2',
      temperature: 1,
      lambda: 0.25,
      strategy: 'random',
      seed: 7,
    } as const;

    // Baseline: the same two calls per item, concurrency-bound, with no database in the loop.
    const drawer = await batchDrawer(batchRequestSchema.parse({ ...params, count: items }));
    const combos = await Promise.all(
      Array.from({ length: concurrency }, async (_, i) => {
        const draw = await drawer.draw(i);
        return {
          scenario: draw.scenario,
          features: draw.combination.features.map((f) => ({
            id: `${f.type}:${f.key}`,
            type: f.type,
            key: f.key,
            name: f.name,
          })),
        };
      }),
    );
    let next = 0;
    const baselineStart = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = next++; i < items; i = next++) {
          const problem = await chatJson({ ...problemRequest(combos[i % concurrency]!), config });
          await chatJson({ ...answerRequest(problem.data.title, assembleStatement(problem.data)), config });
        }
      }),
    );
    const baselineRate = items / ((performance.now() - baselineStart) / 1000);

    // Warm-up batch (connections, query plans, candidate caches), then the measured one.
    const starts = new ItemStarts();
    const headersFor = ({ batchId, index }: { batchId: string; index: number }) => {
      starts.record(batchId, index);
      return undefined;
    };
    const runner = new SynthesisRunner({
      role: 'bench',
      concurrency,
      config,
      leaseMs: 60_000,
      pollMs: 250,
      headersFor,
    }).start();
    const warm = await launchBatch(
      batchRequestSchema.parse({ ...params, count: concurrency * 2, name: 'bench warm-up' }),
    );
    while ((await batchSummary(warm.id)).status !== 'done') await new Promise((resolve) => setTimeout(resolve, 50));
    const before = structuredClone(runner.stats);
    const requestsBefore = (await stub.stats()).requests;

    const batch = await launchBatch(batchRequestSchema.parse({ ...params, count: items, name: 'bench' }));
    const cpu0 = process.cpuUsage();
    const { monitorEventLoopDelay } = await import('node:perf_hooks');
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const t0 = performance.now();
    let summary = await batchSummary(batch.id);
    while (summary.status !== 'done') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      summary = await batchSummary(batch.id);
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const stats = structuredClone(runner.stats);
    if (summary.done !== items || summary.failed !== 0)
      throw new AppError(`bench batch ended with ${summary.done} done, ${summary.failed} failed`);

    const stubStats = await stub.stats();
    const rate = items / seconds;
    const ideal = concurrency / ((2 * latencyMs) / 1000);
    const db = (kind: keyof typeof before.db) => {
      const ms = stats.db[kind].ms - before.db[kind].ms;
      const calls = stats.db[kind].calls - before.db[kind].calls;
      return { ms, calls };
    };
    const perItem = (ms: number) => (ms / items).toFixed(2);
    const claim = db('claim');
    const write = db('write');
    console.log(
      `\nbench:synthesize — ${formatCount(items)} items (C2, all scenarios, random), stub latency ${latencyMs} ms per call, 2 calls per item, concurrency ${concurrency}`,
    );
    console.log(
      `  batch:                ${rate.toFixed(1)} items/s (${seconds.toFixed(2)} s; ${formatCount(stubStats.requests - requestsBefore)} LLM requests, max ${stubStats.maxInFlight} in flight)`,
    );
    console.log(
      `  ideal (concurrency):  ${ideal.toFixed(1)} items/s  → ratio ${(rate / ideal).toFixed(3)} (target ≥ 0.9)`,
    );
    console.log(
      `  baseline, no database: ${baselineRate.toFixed(1)} items/s → ratio ${(rate / baselineRate).toFixed(3)}`,
    );
    const working = (stats.workingMs - before.workingMs) / items;
    console.log(
      `  time at the LLM per item: ${working.toFixed(0)} ms (2 × ${latencyMs} ms of stub latency); slots busy ${(((working * items) / 1000 / seconds / concurrency) * 100).toFixed(0)}% of the batch's time`,
    );
    console.log(
      `  event-loop delay of this process: p99 ${(loop.percentile(99) / 1e6).toFixed(0)} ms, max ${(loop.max / 1e6).toFixed(0)} ms`,
    );
    console.log(
      `  this process (runner + client) used ${(((cpu.user + cpu.system) / 1e6 / seconds) * 100).toFixed(0)}% of one core during the batch, on a ${availableParallelism()}-core machine shared with Neo4j and the stub`,
    );
    console.log(
      `  database time per item: ${perItem(claim.ms + write.ms)} ms (claims ${perItem(claim.ms)} ms, writes ${perItem(write.ms)} ms), off the LLM calls' path`,
    );
    console.log(
      `  database calls: ${formatCount(claim.calls)} claims (${(claim.ms / Math.max(1, claim.calls)).toFixed(1)} ms each), ${formatCount(write.calls)} group writes (${(write.ms / Math.max(1, write.calls)).toFixed(1)} ms each, ${((stats.writtenOps - before.writtenOps) / Math.max(1, write.calls)).toFixed(1)} item writes per transaction)`,
    );

    // Pause, resume and cancel fresh batches while the runner works on them at full throughput.
    const pauses: ActionLatency[] = [];
    const cancels: ActionLatency[] = [];
    const loaded = 2 * concurrency;
    for (let round = 0; round < rounds; round += 1) {
      const target = await launchBatch(
        batchRequestSchema.parse({
          ...params,
          seed: 100 + round,
          count: Math.max(items, 12 * loaded),
          name: `bench cancel ${round}`,
        }),
      );
      await runFor(target.id, loaded);
      pauses.push(await timeAction(runner, starts, target.id, 'pause'));
      await applyBatchAction(target.id, { action: 'resume' });
      await runFor(target.id, loaded);
      cancels.push(await timeAction(runner, starts, target.id, 'cancel'));
    }
    await runner.stop();
    const figures = (samples: ActionLatency[], key: keyof ActionLatency) =>
      `p50 ${percentile(
        samples.map((s) => s[key]),
        50,
      ).toFixed(0)} ms, p95 ${percentile(
        samples.map((s) => s[key]),
        95,
      ).toFixed(0)} ms`;
    console.log(
      `  cancel under full load (${rounds}×): status shows it ${figures(cancels, 'statusMs')}; last new item start ${figures(cancels, 'startsMs')}`,
    );
    console.log(
      `  pause under full load (${rounds}×):  status shows it ${figures(pauses, 'statusMs')}; last new item start ${figures(pauses, 'startsMs')}`,
    );
    const worst = (samples: ActionLatency[]) =>
      percentile(
        samples.map((s) => Math.max(s.statusMs, s.startsMs)),
        95,
      );
    console.log(
      `  summary: ${rate.toFixed(1)} items/s (ratio ${(rate / ideal).toFixed(3)}), cancel-latency p95 ${worst(cancels).toFixed(0)} ms, pause-latency p95 ${worst(pauses).toFixed(0)} ms (target < 1000 ms)`,
    );
  } finally {
    stub.close();
    await closeDriver();
    if (started && !values.keep) await stopLocal(db);
  }
});
