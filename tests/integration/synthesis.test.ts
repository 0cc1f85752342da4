import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { POST as launchRoute, GET as listRoute } from '@/app/api/batches/route';
import { GET as batchRoute } from '@/app/api/batches/[id]/route';
import { POST as actionRoute } from '@/app/api/batches/[id]/actions/route';
import { GET as problemRoute } from '@/app/api/batches/[id]/problems/[index]/route';
import { POST as promptsRoute } from '@/app/api/batches/prompts/route';
import { DELETE as deletePresetRoute, GET as presetsRoute, PUT as putPresetRoute } from '@/app/api/presets/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { forgetServerEnv } from '@/lib/env';
import { loadSample } from '@/lib/graph/sample-corpus';
import { previewCombinations } from '@/lib/sampler/sampler';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import type { SynthesisProblemRow } from '@/test-support/rows';
import { FAULT_FAILURE_CLASSES } from '@/test-support/llm-stub/faults';
import { previewRequestSchema } from '@/lib/schemas/sampling';
import { SynthesisRunner, type RunnerEvent, type RunnerOptions } from '@/lib/synthesis/runner';
import { activeRunners, batchSummary } from '@/lib/synthesis/store';
import type {
  BatchDetail,
  BatchList,
  BatchSummary,
  CombinationFeature,
  ProblemView,
  PromptPreview,
  SavedPreset,
} from '@/lib/synthesis/types';
import { assertTestDatabase, clearGraph } from './helpers';
import { waitFor } from '../../test-support/wait-for';

const LEASE_MS = 4_000;
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
    LLM_TIMEOUT_MS: '1000',
    LLM_CONCURRENCY: '16',
  };
}

before(async () => {
  assertTestDatabase();
  stub = await startStub();
  Object.assign(process.env, llmEnv());
  forgetServerEnv(); // the environment is parsed once per process: see the stub's endpoint
  await clearGraph();
  await loadSample();
});
after(async () => {
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
  init?: { method?: string; body?: unknown; params?: Record<string, string> },
): Promise<{ status: number; body: T }> {
  const request = new Request(
    `http://localhost${path}`,
    init?.body === undefined
      ? { method: init?.method ?? 'GET' }
      : {
          method: init.method ?? 'POST',
          body: JSON.stringify(init.body),
          headers: { 'content-type': 'application/json' },
        },
  );
  const response = await handler(request, { params: Promise.resolve(init?.params ?? {}) } as never);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

const BASE = {
  selection: 'all',
  weighting: 'docCount',
  complexity: 'C2',
  temperature: 1,
  lambda: 0.25,
  seed: 42,
  // These tests count LLM calls per item; verification (tests/integration/verification.test.ts) adds k.
  verify: { enabled: false },
} as const;

async function launch(body: Record<string, unknown>): Promise<BatchSummary> {
  const { status, body: batch } = await call<BatchSummary & ApiError>(launchRoute, '/api/batches', {
    body: { ...BASE, ...body },
  });
  assert.equal(status, 201, batch.error);
  assert.equal(batch.status, 'queued');
  return batch;
}

function runner(options: RunnerOptions = {}): SynthesisRunner {
  const r = new SynthesisRunner({ leaseMs: LEASE_MS, concurrency: 4, ...options }).start();
  runners.push(r);
  return r;
}

/** A runner in its own process (tsx), as `npm run runner` starts it. */
function runnerProcess(concurrency: number): ChildProcess {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/runner.ts', '--concurrency', String(concurrency)],
    {
      env: { ...process.env, ...llmEnv(), SYNTH_LEASE_MS: String(LEASE_MS) },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  child.stderr?.on('data', (chunk: Buffer) => {
    if (process.env.DEBUG_RUNNER) process.stderr.write(chunk);
  });
  children.push(child);
  return child;
}

/** A runner's events from now on: which items started, and waits for its next work-loop rounds. */
function observe(r: SynthesisRunner) {
  const events: RunnerEvent[] = [];
  const waiting: Array<{ rounds: number; resolve: () => void }> = [];
  r.on((event) => {
    events.push(event);
    if (event.type !== 'round') return;
    for (const w of waiting.splice(0))
      if (--w.rounds > 0) waiting.push(w);
      else w.resolve();
  });
  return {
    /** A position in the event list, to ask what happened after it. */
    mark: () => events.length,
    /** Indexes of the batch's items that started after `mark`. */
    startsAfter: (batchId: string, mark: number) =>
      events.slice(mark).flatMap((e) => (e.type === 'item-start' && e.batchId === batchId ? [e.index] : [])),
    /** Where the runner first said it learnt the batch's status `status` (-1: not yet). */
    learnt: (batchId: string, status: string) =>
      events.findIndex((e) => e.type === 'status' && e.batchId === batchId && e.status === status),
    /** Resolves after `n` more rounds of the work loop: each started what it could and looked for work. */
    rounds: (n: number) => new Promise<void>((resolve) => waiting.push({ rounds: n, resolve })),
  };
}

const until = (id: string, test: (b: BatchSummary) => boolean, what: string, timeoutMs?: number) =>
  waitFor(
    what,
    async () => {
      const b = await batchSummary(id);
      return test(b) ? b : undefined;
    },
    timeoutMs,
  );

const problemsOf = (id: string) => readQuery('testing/synthesis-problems', { id });

async function itemStates(id: string): Promise<Record<string, number>> {
  const rows = await readQuery('testing/synthesis-items', { id });
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

/** Every stored problem is whole: a statement, an answer and USES links to exactly its combination. */
function assertWhole(problem: SynthesisProblemRow): void {
  const features = JSON.parse(problem.features) as CombinationFeature[];
  assert.ok(
    problem.statement.length > 40 && problem.answerCode.length > 0,
    `${problem.key} has a statement and an answer`,
  );
  assert.deepEqual(
    problem.uses,
    [`Scenario:${problem.scenarioKey}`, ...features.map((f) => f.id)],
    `${problem.key} USES its scenario and features`,
  );
}

describe('synthesis batches against the stub', () => {
  it('happy path: exactly count problems, each linked to its elements, item i = preview item i', async () => {
    const batch = await launch({ count: 12 });
    runner();
    const done = await until(batch.id, (b) => b.status === 'done', 'the batch to finish');
    assert.equal(done.done, 12);
    assert.equal(done.failed, 0);

    const problems = await problemsOf(batch.id);
    assert.deepEqual(
      problems.map((p) => p.index),
      [...Array(12).keys()],
    );
    problems.forEach(assertWhole);
    assert.ok(
      problems.every((p) => p.flags.length === 0),
      'the stub names every feature, so nothing is flagged',
    );
    assert.equal(
      done.tokens.total,
      problems.reduce((sum, p) => sum + p.totalTokens, 0),
      'batch tokens are the sum of its problems',
    );

    // Item i's combination is the Sampler preview's combination i for the same parameters.
    const preview = await previewCombinations(previewRequestSchema.parse({ ...BASE, count: 12 }));
    assert.deepEqual(
      problems.map((p) => (JSON.parse(p.features) as CombinationFeature[]).map((f) => f.id)),
      preview.items.map((item) => item.features.map((f) => f.id)),
    );
    assert.deepEqual(
      problems.map((p) => p.coherence),
      preview.items.map((item) => item.coherence),
    );

    // One problem call and one answer call per item, nothing else.
    for (const p of problems)
      assert.deepEqual([stub.stats.tagged[`${p.key}/problem`], stub.stats.tagged[`${p.key}/answer`]], [1, 1]);
    assert.equal(stub.stats.requests, 24);

    const detail = await call<BatchDetail>(batchRoute, `/api/batches/${batch.id}`, { params: { id: batch.id } });
    assert.equal(detail.status, 200);
    assert.equal(detail.body.coherence.count + detail.body.coherence.withoutPairs, 12);
    assert.equal(
      detail.body.coherence.bins.reduce((s, b) => s + b.count, 0),
      detail.body.coherence.count,
    );
    assert.ok(detail.body.samples.length > 0 && detail.body.samples[0]!.title.length > 0);
    const view = await call<ProblemView>(problemRoute, `/api/batches/${batch.id}/problems/3`, {
      params: { id: batch.id, index: '3' },
    });
    assert.equal(view.status, 200);
    assert.equal(view.body.index, 3);
    assert.match(view.body.statement, /## Signature/);
    const list = await call<BatchList>(listRoute, '/api/batches');
    assert.ok(list.body.batches.some((b) => b.id === batch.id && b.done === 12));
    assert.ok(list.body.runners.length >= 1, 'the runner reports itself');
  });

  it('llm strategy: the stub picks from the candidates; a bad pick falls back to random with the reason', async () => {
    const good = await launch({ count: 4, strategy: 'llm' });
    runner();
    await until(good.id, (b) => b.status === 'done', 'the llm batch');
    const picked = await problemsOf(good.id);
    assert.equal(picked.length, 4);
    picked.forEach(assertWhole);
    for (const p of picked) assert.equal((JSON.parse(p.selection!) as { by: string }).by, 'llm');
    for (const p of picked) assert.equal(stub.stats.tagged[`${p.key}/select`], 1);

    await Promise.all(runners.splice(0).map((r) => r.stop()));
    const bad = await launch({ count: 3, strategy: 'llm', seed: 7 });
    runner({ headersFor: ({ step }) => (step === 'select' ? { 'x-stub-fault': 'invalid_json' } : undefined) });
    const finished = await until(bad.id, (b) => b.status === 'done', 'the fallback batch');
    assert.equal(finished.done, 3);
    const fallen = await problemsOf(bad.id);
    const preview = await previewCombinations(previewRequestSchema.parse({ ...BASE, seed: 7, count: 3 }));
    for (const [i, p] of fallen.entries()) {
      const selection = JSON.parse(p.selection!) as { by: string; reason: string };
      assert.equal(selection.by, 'random');
      assert.match(selection.reason, /invalid_output/);
      assert.deepEqual(
        (JSON.parse(p.features) as CombinationFeature[]).map((f) => f.id),
        preview.items[i]!.features.map((f) => f.id),
        'the fallback is the random draw',
      );
    }
    const detail = await call<BatchDetail>(batchRoute, `/api/batches/${bad.id}`, { params: { id: bad.id } });
    assert.equal(detail.body.fallbacks, 3);
  });

  it('crash and resume: SIGKILL a runner process mid-batch; a new one finishes without repeating stored items', async () => {
    stub.configure({ latencyMs: 120 });
    const batch = await launch({ count: 40 });
    const first = runnerProcess(4);
    await until(batch.id, (b) => b.done >= 8, 'some problems before the kill', 90_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const storedAtKill = (await problemsOf(batch.id)).map((p) => p.key);
    const requestsAtKill = stub.stats.requests;
    assert.ok(storedAtKill.length >= 8 && storedAtKill.length < 40, `killed mid-batch (${storedAtKill.length} stored)`);

    runnerProcess(4);
    const done = await until(batch.id, (b) => b.status === 'done', 'the resumed batch', 90_000);
    assert.equal(done.done, 40);
    const problems = await problemsOf(batch.id);
    assert.equal(problems.length, 40);
    assert.equal(new Set(problems.map((p) => p.key)).size, 40, 'no duplicate item keys');
    problems.forEach(assertWhole);
    for (const key of storedAtKill) {
      assert.deepEqual(
        [stub.stats.tagged[`${key}/problem`], stub.stats.tagged[`${key}/answer`]],
        [1, 1],
        `${key} was not called again after the kill`,
      );
    }
    // Only items the killed runner held without a stored result (at the LLM, or answered but not yet
    // group-committed) can have had calls repeated.
    const repeated = problems.filter(
      (p) => (stub.stats.tagged[`${p.key}/problem`] ?? 0) + (stub.stats.tagged[`${p.key}/answer`] ?? 0) > 2,
    );
    assert.ok(
      repeated.length <= 12,
      `${repeated.length} items repeated calls (${stub.stats.requests} requests, ${requestsAtKill} before the kill)`,
    );
    assert.deepEqual(await itemStates(batch.id), { done: 40 });
  });

  it('cancel: in-flight work is dropped cleanly, finished work stays, nothing half-written', async () => {
    stub.configure({ latencyMs: 250 });
    const batch = await launch({ count: 60 });
    const r = runner({ concurrency: 4 });
    const seen = observe(r);
    await until(batch.id, (b) => b.done >= 4, 'a few problems');
    // "In flight" is what runners report at the LLM, never more than their concurrency (not leases held ahead).
    const live = await until(batch.id, (b) => b.inFlight > 0, 'an in-flight report');
    assert.ok(live.inFlight <= 4, `${live.inFlight} in flight at concurrency 4`);
    const cancelled = await call<BatchSummary>(actionRoute, `/api/batches/${batch.id}/actions`, {
      body: { action: 'cancel' },
      params: { id: batch.id },
    });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    const acknowledged = seen.mark();
    await waitFor('the runner to go idle', async () => r.busy === 0);
    await until(batch.id, (b) => b.inFlight === 0, 'the in-flight report to clear');
    // Two more rounds of the runner looking for work, and still nothing of the batch started.
    await seen.rounds(2);
    assert.deepEqual(seen.startsAfter(batch.id, acknowledged), [], 'no item starts once the cancel is acknowledged');
    const final = await batchSummary(batch.id);
    assert.equal(final.status, 'cancelled');
    const problems = await problemsOf(batch.id);
    assert.equal(problems.length, final.done, 'the counter matches what is stored');
    assert.ok(final.done < 60);
    problems.forEach(assertWhole);
    const states = await itemStates(batch.id);
    assert.equal(states.leased ?? 0, 0, 'no item is left leased');
    const again = await call<ApiError>(actionRoute, `/api/batches/${batch.id}/actions`, {
      body: { action: 'resume' },
      params: { id: batch.id },
    });
    assert.equal(again.status, 409);
  });

  it('pause and cancel under full load: the status shows at once and no item starts after the action returns', async () => {
    stub.configure({ latencyMs: 40 });
    const batch = await launch({ count: 2_000 });
    const r = runner({ concurrency: 16 });
    const seen = observe(r);
    const act = (action: 'pause' | 'resume' | 'cancel') =>
      call<BatchSummary>(actionRoute, `/api/batches/${batch.id}/actions`, {
        body: { action },
        params: { id: batch.id },
      });
    const tags = () =>
      new Set(
        Object.keys(stub.stats.tagged).filter((tag) => tag.startsWith(`${batch.id}/`) && tag.endsWith('/problem')),
      );
    for (const action of ['pause', 'cancel'] as const) {
      // Full load: every slot at the LLM, items leased ahead, group writes queued behind one another.
      const from = (await batchSummary(batch.id)).done;
      await until(batch.id, (b) => b.done >= from + 48, 'the runner at full throughput');
      const answered = await act(action);
      assert.equal(answered.status, 200);
      assert.equal(
        answered.body.status,
        action === 'pause' ? 'paused' : 'cancelled',
        'the action returns the new status',
      );
      const acknowledged = seen.mark();
      const startedBefore = new Set(seen.startsAfter(batch.id, 0));
      const tagsAtAck = tags();
      assert.equal((await batchSummary(batch.id)).status, answered.body.status, 'a reader sees it');
      await waitFor('in-flight items to end', async () => r.busy === 0);
      await seen.rounds(2);
      assert.deepEqual(seen.startsAfter(batch.id, acknowledged), [], `no item starts after the ${action} returned`);
      // The stub agrees: every problem request it got since is of an item that had started before.
      const late = [...tags()].filter((tag) => !tagsAtAck.has(tag)).map((tag) => Number(tag.split('/')[1]));
      assert.deepEqual(
        late.filter((index) => !startedBefore.has(index)),
        [],
        'the stub got no call of an item started after the action',
      );
      if (action === 'pause') assert.equal((await act('resume')).body.status, 'running');
    }
    const final = await batchSummary(batch.id);
    assert.equal(final.status, 'cancelled');
    assert.ok(final.done < 2_000);
    assert.equal((await problemsOf(batch.id)).length, final.done, 'the counter matches what is stored');
    assert.equal((await itemStates(batch.id)).leased ?? 0, 0, 'no item is left leased');
  });

  it('two runner processes on one batch: each item is processed once', async () => {
    // Both processes must be up before there is work, or the first to start can finish it alone. And
    // the work must outlast an idle runner's poll (up to 1 s): a runner leases 5 × concurrency = 15
    // items ahead, which at 200 ms a call (2 calls an item, 3 slots) keeps it busy about 2 s, so the
    // other always claims the remaining 15 (at 40 ms one runner once took both chunks first).
    stub.configure({ latencyMs: 200 });
    const pids = [runnerProcess(3).pid, runnerProcess(3).pid];
    await waitFor('both runner processes to report', async () => {
      const seen = new Set((await activeRunners()).map((r) => r.pid));
      return pids.every((pid) => pid !== undefined && seen.has(pid));
    });
    const batch = await launch({ count: 30 });
    await until(batch.id, (b) => b.status === 'done', 'the shared batch', 90_000);
    const problems = await problemsOf(batch.id);
    assert.equal(problems.length, 30);
    problems.forEach(assertWhole);
    for (const p of problems)
      assert.deepEqual(
        [stub.stats.tagged[`${p.key}/problem`], stub.stats.tagged[`${p.key}/answer`]],
        [1, 1],
        `${p.key} processed once`,
      );
    assert.equal(new Set(problems.map((p) => p.runner)).size, 2, 'both runners did part of the work');
  });

  it('faults: each class lands in the failures table, and retry failed recovers them once the fault is off', async () => {
    const faults = FAULT_FAILURE_CLASSES;
    let faultsOn = true;
    const batch = await launch({ count: faults.length });
    runner({
      concurrency: 8,
      headersFor: ({ index, step }) =>
        faultsOn && step === (index % 2 === 0 ? 'problem' : 'answer')
          ? { 'x-stub-fault': faults[index]![0] }
          : undefined,
    });
    const ended = await until(batch.id, (b) => b.status === 'done', 'every item to fail');
    assert.deepEqual([ended.done, ended.failed], [0, faults.length]);
    const detail = await call<BatchDetail>(batchRoute, `/api/batches/${batch.id}`, { params: { id: batch.id } });
    assert.deepEqual(detail.body.failures.map((f) => f.failureClass).sort(), faults.map(([, c]) => c).sort());
    assert.ok(detail.body.failures.every((f) => f.count === 1 && f.examples[0]!.message.length > 0));

    faultsOn = false;
    const before = stub.stats.requests;
    const retried = await call<BatchSummary>(actionRoute, `/api/batches/${batch.id}/actions`, {
      body: { action: 'retry-failed' },
      params: { id: batch.id },
    });
    assert.equal(retried.status, 200);
    assert.equal(retried.body.failed, 0);
    const recovered = await until(batch.id, (b) => b.status === 'done', 'the retried items');
    assert.deepEqual([recovered.done, recovered.failed], [faults.length, 0]);
    (await problemsOf(batch.id)).forEach(assertWhole);
    // Items that failed at the answer kept their problem step: only the answer is called again.
    const odd = faults.filter((_, i) => i % 2 === 1).length;
    assert.equal(stub.stats.requests - before, (faults.length - odd) * 2 + odd);
  });

  it('budget: the batch pauses at its token limit and says why; resume needs a larger budget', async () => {
    stub.configure({ latencyMs: 30 });
    const batch = await launch({ count: 30, maxTokens: 2_000 });
    const r = runner({ concurrency: 2 });
    const seen = observe(r);
    const paused = await until(batch.id, (b) => b.status === 'paused', 'the budget pause');
    assert.match(paused.pauseReason ?? '', /budget/i);
    await waitFor('in-flight items to end', async () => r.busy === 0);
    const settled = await batchSummary(batch.id);
    assert.ok(
      settled.tokens.total >= 2_000 && settled.done < 30,
      `${settled.tokens.total} tokens, ${settled.done} done`,
    );
    // Overshoot is bounded by the items already at the LLM (concurrency 2) when the limit was seen.
    const perItem = settled.tokens.total / settled.done;
    assert.ok(
      settled.done <= Math.ceil(2_000 / perItem) + 2,
      `${settled.done} items of ~${Math.round(perItem)} tokens for a 2,000-token budget`,
    );
    // The runner saw the pause, then went twice round its loop looking for work: it started nothing of the batch.
    await waitFor('the runner to learn of the pause', async () => seen.learnt(batch.id, 'paused') >= 0);
    const learnt = seen.learnt(batch.id, 'paused');
    await seen.rounds(2);
    assert.deepEqual(
      seen.startsAfter(batch.id, learnt),
      [],
      'no item starts once the runner knows the batch is paused',
    );
    assert.equal((await batchSummary(batch.id)).done, settled.done, 'no new work while paused');

    const refused = await call<ApiError>(actionRoute, `/api/batches/${batch.id}/actions`, {
      body: { action: 'resume' },
      params: { id: batch.id },
    });
    assert.equal(refused.status, 409);
    assert.match(refused.body.error, /budget/);
    const resumed = await call<BatchSummary>(actionRoute, `/api/batches/${batch.id}/actions`, {
      body: { action: 'resume', maxTokens: null },
      params: { id: batch.id },
    });
    assert.equal(resumed.status, 200);
    const done = await until(batch.id, (b) => b.status === 'done', 'the resumed batch');
    assert.equal(done.done, 30);
  });

  it('dry run shows the exact prompts of the first items without calling a model', async () => {
    const { status, body } = await call<PromptPreview>(promptsRoute, '/api/batches/prompts', {
      body: { ...BASE, items: 3, strategy: 'llm' },
    });
    assert.equal(status, 200);
    assert.equal(body.items.length, 3);
    for (const item of body.items) {
      assert.deepEqual(
        item.steps.map((s) => s.step),
        ['select', 'problem', 'answer'],
      );
      const user = item.steps[1]!.messages.find((m) => m.role === 'user')!.content;
      assert.ok(user.includes(item.scenario.name));
      for (const f of item.features) assert.ok(user.includes(f.name), `the problem prompt names ${f.name}`);
    }
    assert.equal(stub.stats.requests, 0);
  });

  it('bad input gets a clear 4xx and stores nothing', async () => {
    const before = await call<BatchList>(listRoute, '/api/batches');
    for (const [body, field] of [
      [{ count: 0 }, 'count'],
      [{ count: 5, selection: 'list', scenarios: ['Scenario:no such scenario'] }, 'scenarios'],
      [{ count: 5, maxTokens: -1 }, 'maxTokens'],
      [{ count: 5, strategy: 'magic' }, 'strategy'],
    ] as const) {
      const { status, body: error } = await call<ApiError>(launchRoute, '/api/batches', { body: { ...BASE, ...body } });
      assert.equal(status, 400, JSON.stringify(body));
      assert.ok(error.field?.startsWith(field), `${error.field} names ${field}: ${error.error}`);
    }
    const afterList = await call<BatchList>(listRoute, '/api/batches');
    assert.equal(afterList.body.batches.length, before.body.batches.length);

    assert.equal((await call(batchRoute, '/api/batches/b-nope-0000', { params: { id: 'b-nope-0000' } })).status, 404);
    assert.equal((await call(batchRoute, '/api/batches/x', { params: { id: 'x' } })).status, 400);
    const batchId = before.body.batches[0]!.id;
    assert.equal(
      (await call(problemRoute, `/api/batches/${batchId}/problems/99999`, { params: { id: batchId, index: '99999' } }))
        .status,
      404,
    );
    const action = await call<ApiError>(actionRoute, `/api/batches/${batchId}/actions`, {
      body: { action: 'explode' },
      params: { id: batchId },
    });
    assert.deepEqual([action.status, action.body.field], [400, 'action']);
  });

  it('presets: built-ins are listed and protected; saved ones round-trip', async () => {
    const builtins = await call<SavedPreset[]>(presetsRoute, '/api/presets');
    assert.ok(builtins.body.some((p) => p.name === 'c2-balanced' && p.builtin));
    const protectedOne = await call<ApiError>(putPresetRoute, '/api/presets', {
      method: 'PUT',
      body: { name: 'c2-balanced', query: 'c=C3' },
    });
    assert.deepEqual([protectedOne.status, protectedOne.body.field], [400, 'name']);
    const saved = await call<SavedPreset>(putPresetRoute, '/api/presets', {
      method: 'PUT',
      body: { name: 'mine', query: 'select=all&c=C1&t=0.5' },
    });
    assert.equal(saved.status, 200);
    assert.ok(
      (await call<SavedPreset[]>(presetsRoute, '/api/presets')).body.some((p) => p.name === 'mine' && !p.builtin),
    );
    assert.equal((await call(deletePresetRoute, '/api/presets?name=mine', { method: 'DELETE' })).status, 204);
    assert.equal((await call(deletePresetRoute, '/api/presets?name=mine', { method: 'DELETE' })).status, 404);
  });
});
