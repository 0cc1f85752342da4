// npm run bench:examples [-- --runs 40 --heavy-runs 10 --warmup 3 --baseline-runs 20]
// Executed inputs/s of the examples step's calls runs in the sandbox (each input run twice, in two fresh
// interpreters with different hash seeds), for a stdlib function with 8 and 32 inputs per run and a
// pandas-importing one with 8, at concurrency 1 and 2, with p50/p95 per run, beside the baselines
// measured in the same run: a calls run of 1 trivial input (the fixed cost of a run), one ordinary
// test attempt, an attempt that starts no interpreter (findFunctions), and the bare interpreter start
// in a fresh bubblewrap.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { callsWorkloads, trivialWorkload, type CallsWorkload } from './support/examples-workload';
import { describeTimes, percentile, timeCalls } from './support/measure';
import { bareBwrap, loadAverage, pool, type Rate } from './support/sandbox-runs';
import { runCli } from '../../lib/cli/run';
import { AppError } from '../../lib/domain/errors';
import { closeSandbox, openSandbox, sandboxStatus } from '../../lib/sandbox/index';
import type { Sandbox } from '../../lib/sandbox/sandbox';
import type { CallsOutcome } from '../../lib/sandbox/types';

const INTERPRETER_FLAGS = ['-s', '-B'];

/** Why a run's outcome is not what the workload expects (null when it is): done, two runs, agreeing. */
function problemOf(outcome: CallsOutcome, workload: CallsWorkload): string | null {
  if (outcome.status !== 'done') return `${outcome.status}: ${outcome.message}`;
  if (outcome.runs.length !== 2) return `${outcome.runs.length} runs`;
  for (const run of outcome.runs) {
    if (run.importError) return `import error: ${run.importError}`;
    const failed = run.results.filter((r) => !r.ok).length;
    if (run.results.length !== workload.inputs.length || failed !== workload.raising)
      return `${run.results.length} results, ${failed} raised (expected ${workload.inputs.length}, ${workload.raising})`;
  }
  const [first, second] = outcome.runs as [CallsOutcome['runs'][0], CallsOutcome['runs'][0]];
  const differs = first.results.some((r, i) => r.repr !== second.results[i]?.repr);
  return differs ? 'the two runs disagree' : null;
}

/** Milliseconds both runs spent inside the inputs themselves (call_runner's own per-input timer). */
const inputMs = (outcome: CallsOutcome) =>
  outcome.runs.reduce((sum, run) => sum + run.results.reduce((s, r) => s + r.ms, 0), 0);

async function callsRun(sandbox: Sandbox, workload: CallsWorkload, seen: { problems: string[]; inputMs: number[] }) {
  const outcome = await sandbox.runCalls({
    solution: workload.solution,
    entry: workload.entry,
    inputs: workload.inputs,
  });
  const problem = problemOf(outcome, workload);
  if (problem) seen.problems.push(problem);
  seen.inputMs.push(inputMs(outcome));
}

interface Result {
  label: string;
  inputs: number;
  concurrency: number;
  rate: Rate;
  /** Latencies of the trivial run interleaved with this workload at concurrency 1. */
  fixed: number[];
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      'heavy-runs': { type: 'string' },
      warmup: { type: 'string' },
      'baseline-runs': { type: 'string' },
    },
  });
  const runs = Number(values.runs ?? 40);
  const heavyRuns = Number(values['heavy-runs'] ?? 10);
  const warmup = Number(values.warmup ?? 3);
  const baselineRuns = Number(values['baseline-runs'] ?? 20);
  for (const [name, n] of Object.entries({ runs, 'heavy-runs': heavyRuns, warmup, 'baseline-runs': baselineRuns }))
    if (!Number.isInteger(n) || n < 1) throw new AppError(`--${name} must be a positive integer`);
  const status = sandboxStatus();
  if (!status.available) throw new AppError(`The sandbox cannot run here: ${status.problem}\nFix: ${status.fix}.`);
  if (status.warning) throw new AppError('bench:examples measures the sandbox: unset SANDBOX_MODE=unsandboxed.');
  const sandbox = openSandbox();
  const { bwrap, venvDir, slots } = sandbox.config;
  const started = performance.now();
  console.log(`${availableParallelism()} cores, sandbox ${status.fingerprint}, ${slots} slots per fork server`);
  console.log(`load average at start: ${loadAverage()}`);

  const t0 = performance.now();
  await sandbox.warm();
  console.log(`fork servers ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (lean and pre-imported)`);

  // Round robin, so each baseline sees the same load: a calls run's fixed cost, a test attempt, no interpreter start.
  const trivial = { stdlib: trivialWorkload('stdlib'), pandas: trivialWorkload('pandas') };
  const attempt = {
    solution: 'def identity(x):\n    return x\n',
    tests: 'from solution import identity\n\ndef test_identity():\n    assert identity(1) == 1\n',
  };
  const baselines = {
    calls: async () => {
      const seen = { problems: [] as string[], inputMs: [] as number[] };
      await callsRun(sandbox, trivial.stdlib, seen);
      if (seen.problems.length) throw new AppError(`the trivial calls run went wrong: ${seen.problems[0]}`);
    },
    attempt: async () => {
      const outcome = await sandbox.run(attempt);
      if (outcome.status !== 'passed')
        throw new AppError(`the trivial test attempt ${outcome.status}: ${outcome.message}`);
    },
    // The functions program runs inside the attempt's own process: an attempt that starts no interpreter.
    noStart: async () => {
      const outcome = await sandbox.findFunctions([{ id: 'a', code: attempt.solution }]);
      if (outcome.status !== 'done') throw new AppError(`findFunctions ${outcome.status}: ${outcome.message}`);
    },
  };
  const times = { calls: [] as number[], attempt: [] as number[], noStart: [] as number[] };
  for (let i = 0; i < warmup + baselineRuns; i += 1)
    for (const name of ['calls', 'attempt', 'noStart'] as const) {
      const s = performance.now();
      await baselines[name]();
      if (i >= warmup) times[name].push(performance.now() - s);
    }
  console.log('\nbaselines (one at a time, round robin, after warm-up)');
  console.log(`  ${'calls run, 1 trivial input (lean server)'.padEnd(58)} ${describeTimes(times.calls)}`);
  console.log(
    `  ${'test attempt sandbox.run(), 1 trivial test (lean server)'.padEnd(58)} ${describeTimes(times.attempt)}`,
  );
  console.log(
    `  ${'findFunctions(), 1 tiny source (no interpreter start)'.padEnd(58)} ${describeTimes(times.noStart)}`,
  );

  const results: Result[] = [];
  const plans = [
    { kind: 'stdlib', inputs: 8, runs },
    { kind: 'stdlib', inputs: 32, runs },
    { kind: 'pandas', inputs: 8, runs: heavyRuns },
  ] as const;
  for (const plan of plans) {
    const label = `${plan.kind === 'pandas' ? 'pandas function' : 'stdlib functions'}, ${plan.inputs} inputs per run`;
    const server = plan.kind === 'pandas' ? 'heavy' : 'lean';
    console.log(`\n${label} (${server} server; each input run twice; inputs/s counts distinct inputs)`);
    const noProblems = { problems: [] as string[], inputMs: [] as number[] };
    const fixed: number[] = [];
    for (const concurrency of [1, 2]) {
      const workloads = callsWorkloads(plan.kind, warmup + plan.runs, plan.inputs, 15 + concurrency);
      const seen = { problems: [] as string[], inputMs: [] as number[] };
      await pool(workloads.slice(0, warmup), concurrency, (w) => callsRun(sandbox, w, noProblems));
      let rate: Rate;
      if (concurrency === 1) {
        // Each run follows a trivial one (1 input) on the same server: the fixed cost under the same load.
        const latencies: number[] = [];
        for (const workload of workloads.slice(warmup)) {
          let s = performance.now();
          await callsRun(sandbox, trivial[plan.kind], noProblems);
          fixed.push(performance.now() - s);
          s = performance.now();
          await callsRun(sandbox, workload, seen);
          latencies.push(performance.now() - s);
        }
        rate = { perSecond: latencies.length / (latencies.reduce((a, b) => a + b, 0) / 1000), latencies };
      } else rate = await pool(workloads.slice(warmup), concurrency, (w) => callsRun(sandbox, w, seen));
      for (const problems of [seen.problems, noProblems.problems])
        if (problems.length) throw new AppError(`${problems.length} run(s) not as expected, first: ${problems[0]}`);
      results.push({ label, inputs: plan.inputs, concurrency, rate, fixed });
      const extra = percentile(rate.latencies, 50) - percentile(fixed, 50);
      console.log(
        `  concurrency ${concurrency}: ${rate.perSecond.toFixed(1)} runs/s, ${(rate.perSecond * plan.inputs).toFixed(0)} inputs/s, ` +
          `per run ${describeTimes(rate.latencies)}; inside the inputs: p50 ${percentile(seen.inputMs, 50).toFixed(1)} ms per run (both runs)`,
      );
      if (concurrency === 1)
        console.log(
          `    interleaved baseline, 1 trivial input${plan.kind === 'pandas' ? ' (import pandas)' : ''}: ${describeTimes(fixed)}; ` +
            `p50 − fixed cost: ${ms(extra)} for ${plan.inputs} inputs`,
        );
    }
  }
  await closeSandbox();

  // The interpreter start alone, as call_runner.py's two interpreters start (outside the fork server).
  const bare = await timeCalls(baselineRuns, 3, bareBwrap(bwrap, venvDir, 'pass', INTERPRETER_FLAGS));
  const pandas = await timeCalls(
    Math.min(baselineRuns, 5),
    1,
    bareBwrap(bwrap, venvDir, 'import pandas', INTERPRETER_FLAGS),
  );
  console.log(`\nbaseline, fresh bwrap + python -s -B -c pass:          ${describeTimes(bare)}`);
  console.log(`baseline, fresh bwrap + python -s -B -c 'import pandas': ${describeTimes(pandas)}`);

  console.log('\nsummary (inputs/s: distinct inputs per second, each executed twice)');
  for (const r of results) {
    const floor = percentile(r.fixed, 50);
    console.log(
      `  ${r.label.padEnd(34)} c${r.concurrency}: ${r.rate.perSecond.toFixed(1).padStart(5)} runs/s, ${(r.rate.perSecond * r.inputs).toFixed(0).padStart(4)} inputs/s, ` +
        `p50 ${ms(percentile(r.rate.latencies, 50))} / p95 ${ms(percentile(r.rate.latencies, 95))}; fixed cost (c1) ${ms(floor)} ` +
        `(${((100 * floor) / percentile(r.rate.latencies, 50)).toFixed(0)}% of p50), which caps it at ${((r.concurrency * 1000) / floor).toFixed(1)} runs/s`,
    );
  }
  console.log(
    `  fixed cost of a calls run (stdlib) ${ms(percentile(times.calls, 50))} vs a test attempt ${ms(percentile(times.attempt, 50))} vs an attempt with no interpreter start ${ms(percentile(times.noStart, 50))}; 2 × bare interpreter start ${ms(2 * percentile(bare, 50))}`,
  );
  console.log(
    `\nload average at end: ${loadAverage()} (${((performance.now() - started) / 1000).toFixed(0)} s in all)`,
  );
});
