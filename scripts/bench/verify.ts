// npm run bench:verify [-- --attempts 150 --warmup 10 --baseline-runs 20 --concurrency N]
// Sandboxed attempts/s (stdlib-only tests; tests importing pandas and scikit-learn), with per-attempt
// p50/p95 latency and the fork servers' RSS, beside the baselines measured in the same run: plain
// unsandboxed `python -m pytest` per attempt, the bare bubblewrap start, and `import pandas, sklearn`
// in a fresh bubblewrap per attempt.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeTimes, percentile } from './support/measure';
import { bareBwrap, exec, pool, type Rate } from './support/sandbox-runs';
import { benchTasks, type BenchTask } from './support/verify-workload';
import { formatCount } from '../../lib/cli/progress';
import { runCli } from '../../lib/cli/run';
import { AppError } from '../../lib/domain/errors';
import { closeSandbox, openSandbox, sandboxStatus } from '../../lib/sandbox/index';

const TARGETS = { stdlib: 20, data: 8 } as const;

/** The baseline: one plain, unsandboxed `<venv>/bin/python -m pytest` process per attempt in a temp dir. */
function plainPytest(python: string, wrongSeen: { n: number }) {
  return async (task: BenchTask) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scogen-bench-pytest-'));
    try {
      writeFileSync(path.join(dir, 'solution.py'), task.solution);
      writeFileSync(path.join(dir, 'test_solution.py'), task.tests);
      const code = await exec(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', dir], dir);
      if ((code === 0) !== task.right) wrongSeen.n += 1;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** RSS of the sandbox's fork servers (the Python processes running zygote.py under this process), MB. */
function forkServerRss(): number[] {
  const parentOf = new Map<number, number>();
  const servers: Array<{ pid: number; rssKb: number }> = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      parentOf.set(pid, Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmdline[0] === '/env/bin/python' && cmdline.includes('/harness/zygote.py'))
        servers.push({ pid, rssKb: Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) });
    } catch {
      // The process ended while we looked.
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; p = parentOf.get(p) ?? 0, hops += 1)
      if (p === process.pid) return true;
    return false;
  };
  return servers.filter((s) => ours(s.pid)).map((s) => s.rssKb / 1024);
}

const rate = (r: Rate) => `${r.perSecond.toFixed(1)} attempts/s, latency ${describeTimes(r.latencies)}`;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      attempts: { type: 'string' },
      warmup: { type: 'string' },
      'baseline-runs': { type: 'string' },
      concurrency: { type: 'string' },
    },
  });
  const attempts = Number(values.attempts ?? 150);
  const warmup = Number(values.warmup ?? 10);
  const baselineRuns = Number(values['baseline-runs'] ?? 20);
  const status = sandboxStatus();
  if (!status.available) throw new AppError(`The sandbox cannot run here: ${status.problem}\nFix: ${status.fix}.`);
  if (status.warning) throw new AppError('bench:verify measures the sandbox: unset SANDBOX_MODE=unsandboxed.');
  const sandbox = openSandbox();
  const concurrency = Number(values.concurrency ?? sandbox.config.slots);
  for (const [name, n] of Object.entries({ attempts, warmup, 'baseline-runs': baselineRuns, concurrency }))
    if (!Number.isInteger(n) || n < 1) throw new AppError(`--${name} must be a positive integer`);
  const { bwrap, venvDir } = sandbox.config;
  console.log(
    `${availableParallelism()} cores, sandbox ${status.fingerprint}, ${sandbox.config.slots} slots per fork server, ${concurrency} attempts in flight`,
  );

  const t0 = performance.now();
  await sandbox.warm();
  console.log(`fork servers ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (lean and pre-imported)`);

  const results: Record<
    'stdlib' | 'data',
    { sandboxed: Rate; plain: Rate; mismatches: number; statuses: Map<string, number> }
  > = {} as never;
  for (const kind of ['stdlib', 'data'] as const) {
    const tasks = benchTasks(kind, warmup + attempts);
    const statuses = new Map<string, number>();
    let mismatches = 0;
    const sandboxed = async (task: BenchTask, count: boolean) => {
      const outcome = await sandbox.run({ solution: task.solution, tests: task.tests });
      if (!count) return;
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      if ((outcome.status === 'passed') !== task.right) mismatches += 1;
    };
    await pool(tasks.slice(0, warmup), concurrency, (task) => sandboxed(task, false));
    const measured = await pool(tasks.slice(warmup), concurrency, (task) => sandboxed(task, true));
    const wrongPlain = { n: 0 };
    const plain = await pool(
      tasks.slice(warmup, warmup + baselineRuns),
      concurrency,
      plainPytest(path.join(venvDir, 'bin', 'python'), wrongPlain),
    );
    if (wrongPlain.n > 0)
      throw new AppError(`plain pytest disagreed with the expected outcome ${wrongPlain.n} time(s)`);
    results[kind] = { sandboxed: measured, plain, mismatches, statuses };
    const mix = [...statuses.entries()].map(([s, n]) => `${s} ${n}`).join(', ');
    console.log(
      `\n${kind === 'stdlib' ? 'stdlib-only tests' : 'tests importing pandas and scikit-learn'} (${attempts} attempts after ${warmup} warm-up; ${mix}; ${mismatches} outcome(s) not as expected)`,
    );
    console.log(`  sandboxed:                ${rate(measured)}`);
    console.log(`  baseline, plain pytest:   ${rate(plain)} (${baselineRuns} attempts, one process each, unsandboxed)`);
  }

  const rss = forkServerRss();
  console.log(`\nfork servers' RSS: ${rss.map((mb) => `${formatCount(mb)} MB`).join(' + ') || 'not found'}`);
  await closeSandbox();

  const bareTimes: number[] = [];
  const bare = bareBwrap(bwrap, venvDir, 'pass');
  for (let i = 0; i < baselineRuns + 3; i += 1) {
    const s = performance.now();
    await bare();
    if (i >= 3) bareTimes.push(performance.now() - s);
  }
  const importTimes: number[] = [];
  const heavy = bareBwrap(bwrap, venvDir, 'import pandas, sklearn');
  const importRuns = Math.min(baselineRuns, 10);
  for (let i = 0; i < importRuns + 1; i += 1) {
    const s = performance.now();
    await heavy();
    if (i >= 1) importTimes.push(performance.now() - s);
  }
  console.log(`baseline, bare sandbox start (bwrap <fork-server flags> python -c pass): ${describeTimes(bareTimes)}`);
  console.log(`baseline, import pandas, sklearn in a fresh bwrap per attempt:           ${describeTimes(importTimes)}`);

  console.log('\nsummary');
  for (const kind of ['stdlib', 'data'] as const) {
    const { sandboxed, plain, mismatches } = results[kind];
    const floor = kind === 'stdlib' ? percentile(bareTimes, 50) : percentile(importTimes, 50);
    console.log(
      `  ${kind.padEnd(6)}: ${sandboxed.perSecond.toFixed(1)} attempts/s (target ≥ ${TARGETS[kind]}: ${sandboxed.perSecond >= TARGETS[kind] ? 'met' : 'NOT met'}), ` +
        `p50 ${percentile(sandboxed.latencies, 50).toFixed(0)} ms / p95 ${percentile(sandboxed.latencies, 95).toFixed(0)} ms; ` +
        `plain pytest ${plain.perSecond.toFixed(1)}/s (${(sandboxed.perSecond / plain.perSecond).toFixed(1)}×); ` +
        `a fresh bwrap per attempt could not beat ${((concurrency * 1000) / floor).toFixed(1)}/s${mismatches ? `; ${mismatches} unexpected outcome(s)` : ''}`,
    );
  }
});
