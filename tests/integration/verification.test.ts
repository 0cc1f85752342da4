import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { POST as launchRoute } from '@/app/api/batches/route';
import { POST as actionRoute } from '@/app/api/batches/[id]/actions/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver, readQuery, writeQuery } from '@/lib/db/driver';
import { forgetServerEnv } from '@/lib/env';
import { loadSample } from '@/lib/graph/sample-corpus';
import { closeSandbox, openSandbox, sandboxStatus } from '@/lib/sandbox';
import { SynthesisRunner } from '@/lib/synthesis/runner';
import { batchSummary } from '@/lib/synthesis/store';
import type { BatchSummary } from '@/lib/synthesis/types';
import type { VerificationAttempt } from '@/lib/verification/verify-problem';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import type { VerificationProblemRow } from '@/test-support/rows';
import { assertTestDatabase, clearGraph } from './helpers';
import { waitFor as pollUntil } from '../../test-support/wait-for';

const LEASE_MS = 3_000;
let stub: RunningStub;
const runners: SynthesisRunner[] = [];
const children: ChildProcess[] = [];

function llmEnv(): Record<string, string> {
  return {
    LLM_BASE_URL: stub.baseUrl,
    LLM_MODEL: 'scogen-stub',
    LLM_RETRY_BASE_MS: '1',
    LLM_MAX_RETRY_WAIT_MS: '50',
    LLM_MAX_RETRIES: '2',
    LLM_TIMEOUT_MS: '5000',
    LLM_CONCURRENCY: '16',
  };
}

before(async () => {
  assertTestDatabase();
  stub = await startStub();
  Object.assign(process.env, llmEnv());
  forgetServerEnv();
  assert.ok(sandboxStatus().available, `the sandbox must run for these tests: ${sandboxStatus().problem}`);
  await clearGraph();
  await loadSample();
});
after(async () => {
  await closeSandbox();
  await stub.close();
  await closeDriver();
});
beforeEach(() => {
  stub.configure({});
  stub.resetStats();
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function call<T>(
  handler: (request: Request, context: never) => Promise<Response>,
  path: string,
  body: unknown,
  params: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const request = new Request(`http://localhost${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const response = await handler(request, { params: Promise.resolve(params) } as never);
  return { status: response.status, body: (await response.json()) as T };
}

async function launch(count: number, attempts: number): Promise<BatchSummary> {
  const { status, body } = await call<BatchSummary & ApiError>(launchRoute, '/api/batches', {
    selection: 'all',
    weighting: 'docCount',
    complexity: 'C2',
    temperature: 1,
    lambda: 0.25,
    seed: 42,
    count,
    verify: { enabled: true, attempts },
  });
  assert.equal(status, 201, body.error);
  return body;
}

function runner(): SynthesisRunner {
  const r = new SynthesisRunner({ leaseMs: LEASE_MS, concurrency: 4 }).start();
  runners.push(r);
  return r;
}

/** Verification waits are longer than the shared default: the sandbox runs real pytest. */
const waitFor = <T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 90_000) =>
  pollUntil(what, probe, timeoutMs);

const finished = (id: string) =>
  waitFor('the batch to finish', async () => {
    const b = await batchSummary(id);
    return ['done', 'failed', 'cancelled'].includes(b.status) ? b : undefined;
  });

const problemsOf = (id: string) => readQuery('testing/verification-problems', { id });
const attemptsOf = (p: VerificationProblemRow) =>
  (JSON.parse(p.verification ?? '{}') as { attempts: VerificationAttempt[] }).attempts;

/**
 * Processes of this process's sandbox that run as an attempt uid (200000 + slot): descendants of its
 * fork servers (other sandboxes on the machine use the same uids).
 */
function attemptProcesses(): string[] {
  const ps = spawnSync('ps', ['-eo', 'uid=,pid=,ppid='], { encoding: 'utf8' });
  const rows = ps.stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const parent = new Map(rows.map(([, pid, ppid]) => [pid, ppid]));
  const roots = new Set(openSandbox().serverPids);
  const underRoots = (pid: number) => {
    for (let at = parent.get(pid); at !== undefined && at > 1; at = parent.get(at)) if (roots.has(at)) return true;
    return false;
  };
  return rows.filter(([uid, pid]) => uid >= 200_000 && uid < 201_000 && underRoots(pid)).map(([, pid]) => String(pid));
}

describe('verification against the stub and the real sandbox', () => {
  let firstBatch = '';

  it('k = 3: exact pass rates, difficulties and kept attempts from the stub’s seeded rule', async () => {
    const batch = await launch(8, 3);
    firstBatch = batch.id;
    runner();
    const done = await finished(batch.id);
    assert.equal(done.status, 'done');
    assert.equal(done.done, 8);
    const problems = await problemsOf(batch.id);
    // The rule (test-support/llm-stub/replies.ts): item i's attempts j < i mod 4 are wrong.
    const expected = [
      { passed: 3, difficulty: 'easy', kept: 0, status: 'passed', coverage: 1 },
      { passed: 2, difficulty: 'easy', kept: 2, status: 'passed', coverage: 1 },
      { passed: 1, difficulty: 'medium', kept: 2, status: 'passed', coverage: 1 },
      { passed: 0, difficulty: 'fail', kept: -1, status: 'failed', coverage: null },
    ];
    for (const p of problems) {
      const want = expected[p.index % 4]!;
      assert.deepEqual(
        {
          passed: p.verifyPassed,
          difficulty: p.difficulty,
          kept: p.keptAttempt,
          status: p.verifyStatus,
          coverage: p.coverage,
        },
        want,
        `item ${p.index}`,
      );
      assert.equal(p.verifyAttempts, 3);
      assert.equal(p.passRate, want.passed / 3);
      assert.equal(p.verifyFingerprint, sandboxStatus().fingerprint);
      assert.equal(p.unsandboxed, false);
      assert.equal(p.verifyRuns, 1);
      const attempts = attemptsOf(p);
      assert.deepEqual(
        attempts.map((a) => a.role),
        ['reference', 'attempt', 'attempt'],
      );
      assert.equal(attempts[0]!.solution, p.referenceCode, 'attempt 0 runs the reference answer');
      // Odd attempts' tests leave the error branch unrun: 4 of the solution's 5 lines.
      assert.deepEqual(attempts[1]!.coverage, { lines: 5, covered: 4, ratio: 0.8 });
      for (const a of attempts) assert.equal(a.counts.total, a.index % 2 === 1 ? 5 : 6);
      if (want.kept >= 0) assert.equal(p.tests, attempts[want.kept]!.tests);
      assert.equal(p.answerCode, want.kept >= 0 ? attempts[want.kept]!.solution : p.referenceCode);
    }
    // A wrong attempt 0 is a failed test with pytest's assertion message; a wrong solution is too.
    const failing = problems.find((p) => p.index % 4 === 3)!;
    const [reference, second] = attemptsOf(failing);
    assert.equal(reference!.status, 'failed');
    assert.match(
      reference!.message,
      /test_counts_every_record failed: (AssertionError: )?assert \{'count': 2\} == \{'count': 3\}/,
    );
    assert.equal(second!.status, 'failed');
    // Off by one, every test of attempt 1 fails (it has no error-case test, which would pass).
    assert.deepEqual(second!.counts, { passed: 0, failed: 5, total: 5 });
    assert.ok(
      second!.results.some((r) => r.outcome === 'failed' && /assert \{'count': 3\} == \{'count': 2\}/.test(r.message)),
    );
    // Every attempt called the model exactly once, tagged with its item and attempt.
    for (const p of problems)
      for (const j of [0, 1, 2]) assert.equal(stub.stats.tagged[`${p.key}/verify/${j}`], 1, `${p.key} attempt ${j}`);
  });

  it('k = 4 with another seed: a hard problem (1 of 4) and the other bands', async () => {
    stub.configure({ verifySeed: 1 });
    const batch = await launch(4, 4);
    runner();
    await finished(batch.id);
    const problems = await problemsOf(batch.id);
    assert.deepEqual(
      problems.map((p) => [p.verifyPassed, p.difficulty]),
      [
        [3, 'easy'],
        [2, 'medium'],
        [1, 'hard'],
        [4, 'easy'],
      ],
    );
  });

  it('tests that never import the solution are no_tests, an unavailable package is missing_package', async () => {
    stub.configure({ verifySeed: 23 });
    const batch = await launch(2, 2);
    runner();
    await finished(batch.id);
    const [noTests, missing] = await problemsOf(batch.id);
    assert.equal(noTests!.verifyStatus, 'no_tests');
    assert.equal(noTests!.verifyPassed, 0);
    assert.ok(attemptsOf(noTests!).every((a) => a.status === 'no_tests'));
    assert.equal(missing!.verifyStatus, 'missing_package');
    assert.match(attemptsOf(missing!)[0]!.message, /requests/);
  });

  it('cancelling a batch kills its running sandboxes at once', async () => {
    // verifySeed 22: attempts 1… of item 0 sleep for a minute (their limit is 10 s).
    stub.configure({ verifySeed: 22 });
    const sandbox = openSandbox();
    const batch = await launch(1, 3);
    runner();
    await waitFor('two attempts asleep in the sandbox', async () => sandbox.running >= 2);
    assert.ok(attemptProcesses().length > 0, 'the sleeping attempts are processes of attempt uids');
    const { status } = await call(
      actionRoute,
      `/api/batches/${batch.id}/actions`,
      { action: 'cancel' },
      { id: batch.id },
    );
    assert.equal(status, 200);
    const started = Date.now();
    let seen = '';
    await waitFor(
      'the attempts to be killed',
      async () => {
        const processes = attemptProcesses();
        seen = `${sandbox.running} running, processes ${processes.join(' ') || 'none'} after ${Date.now() - started} ms`;
        if (process.env.DEBUG_RUNNER) process.stderr.write(`[test] ${seen}\n`);
        return sandbox.running === 0 && processes.length === 0;
      },
      8_000,
    ).catch((error: Error) => assert.fail(`${error.message}: ${seen}`));
    assert.ok(Date.now() - started < 8_000, 'killed well before the 10 s wall clock');
    assert.equal((await batchSummary(batch.id)).status, 'cancelled');
    assert.equal((await problemsOf(batch.id)).length, 0, 'a cancelled item stores nothing');
  });

  it('a SIGKILLed verifier loses nothing and repeats nothing: every queued problem is verified exactly once more', async () => {
    assert.ok(firstBatch, 'the first test made a batch');
    const keys = (await problemsOf(firstBatch)).map((p) => p.key);
    stub.configure({ latencyMs: 400 });
    await writeQuery('testing/queue-problems', { keys });
    const verifier = () => {
      const child = spawn(
        process.execPath,
        ['--conditions=react-server', '--import', 'tsx', 'scripts/verifier.ts', '--concurrency', '2'],
        { env: { ...process.env, ...llmEnv(), SYNTH_LEASE_MS: String(LEASE_MS) }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      child.stderr?.on('data', (chunk: Buffer) => {
        if (process.env.DEBUG_RUNNER) process.stderr.write(chunk);
      });
      children.push(child);
      return child;
    };
    const stored = async () => (await problemsOf(firstBatch)).filter((p) => p.verifyRuns === 2).length;
    const first = verifier();
    await waitFor('the first verifier to store some', async () => (await stored()) >= 2);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const before = await stored();
    assert.ok(before < keys.length, `the kill came before the end (${before} of ${keys.length})`);
    verifier();
    await waitFor('every problem verified again', async () => (await stored()) === keys.length, 120_000);
    const problems = await problemsOf(firstBatch);
    assert.ok(problems.every((p) => p.verifyRuns === 2 && p.verifyState === null));
    // The rule is deterministic: the re-verification comes to the same result.
    assert.deepEqual(
      problems.map((p) => p.difficulty),
      problems.map((p) => ['easy', 'easy', 'medium', 'fail'][p.index % 4]),
    );
    const workers = new Set(problems.map((p) => JSON.parse(p.verification ?? '{}').worker as string));
    assert.ok(workers.size === 2 && [...workers].every((w) => w.startsWith('verifier-')), [...workers].join(', '));
  });
});
