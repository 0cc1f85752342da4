import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { after, afterEach, before, describe, it } from 'node:test';
import { POST as launchRoute } from '@/app/api/batches/route';
import { GET as batchRoute } from '@/app/api/batches/[id]/route';
import { GET as problemRoute } from '@/app/api/batches/[id]/problems/[index]/route';
import { GET as itemsRoute } from '@/app/api/batches/[id]/items/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { forgetServerEnv } from '@/lib/env';
import { loadSample } from '@/lib/graph/sample-corpus';
import { SynthesisRunner, type RunnerEvent } from '@/lib/synthesis/runner';
import { activeRunners, batchSummary } from '@/lib/synthesis/store';
import type { BatchDetail, BatchItemsPage, BatchSummary, ProblemView } from '@/lib/synthesis/types';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import { assertTestDatabase, clearGraph } from './helpers';
import { waitFor } from '../../test-support/wait-for';

const LEASE_MS = 4_000;
let stub: RunningStub;
const runners: SynthesisRunner[] = [];

before(async () => {
  assertTestDatabase();
  stub = await startStub();
  Object.assign(process.env, {
    LLM_BASE_URL: stub.baseUrl,
    LLM_MODEL: 'scogen-stub',
    LLM_RETRY_BASE_MS: '1',
    LLM_MAX_RETRY_WAIT_MS: '50',
    LLM_MAX_RETRIES: '2',
    LLM_TIMEOUT_MS: '10000',
    SYNTH_LEASE_MS: String(LEASE_MS),
  });
  forgetServerEnv();
  await clearGraph();
  await loadSample();
});
afterEach(async () => {
  stub.configure({});
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});
after(async () => {
  await stub.close();
  await closeDriver();
});

async function call<T>(
  handler: (request: Request, context: never) => Promise<Response>,
  path: string,
  init: { body?: unknown; params?: Record<string, string> } = {},
): Promise<{ status: number; body: T }> {
  const request = new Request(
    `http://localhost${path}`,
    init.body === undefined
      ? { method: 'GET' }
      : { method: 'POST', body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } },
  );
  const response = await handler(request, { params: Promise.resolve(init.params ?? {}) } as never);
  return { status: response.status, body: (await response.json()) as T };
}

const items = (id: string, query = '') =>
  call<BatchItemsPage & ApiError>(itemsRoute, `/api/batches/${id}/items${query}`, { params: { id } });

const detail = async (id: string) =>
  (await call<BatchDetail>(batchRoute, `/api/batches/${id}`, { params: { id } })).body;

async function launch(count: number): Promise<BatchSummary> {
  const { status, body } = await call<BatchSummary & ApiError>(launchRoute, '/api/batches', {
    body: { selection: 'all', complexity: 'C1', seed: 7, count, verify: { enabled: false } },
  });
  assert.equal(status, 201, body.error);
  return body;
}

function runner(concurrency: number, onlyBatch?: string): SynthesisRunner {
  const r = new SynthesisRunner({ leaseMs: LEASE_MS, concurrency, ...(onlyBatch ? { onlyBatch } : {}) }).start();
  runners.push(r);
  return r;
}

const indexes = (page: BatchItemsPage) => page.items.map((item) => item.index);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('a batch item list, page by page', () => {
  it('lists every item with its status: done ones with their problem, failed ones with the class', async () => {
    const batch = await launch(7);
    // Quota is never retried: the first two calls fail two items, the other five finish.
    stub.configure({ fault: 'quota', failFirst: 2 });
    runner(4);
    await waitFor('the batch to finish', async () => {
      const b = await batchSummary(batch.id);
      return b.done + b.failed === 7 && b;
    });

    const page = await items(batch.id);
    assert.equal(page.status, 200);
    assert.deepEqual([page.body.total, page.body.from, page.body.size], [7, 0, 50]);
    assert.deepEqual(indexes(page.body), range(0, 7));
    const failed = page.body.items.filter((item) => item.status === 'failed');
    const done = page.body.items.filter((item) => item.status === 'done');
    assert.equal(failed.length, 2);
    assert.equal(done.length, 5);
    for (const item of failed) {
      assert.equal(item.failureClass, 'quota');
      assert.equal(item.title, null);
    }
    const stored = await readQuery('testing/synthesis-problems', { id: batch.id });
    assert.deepEqual(
      stored.map((p) => p.index),
      done.map((item) => item.index),
      'the done items are exactly those with a problem',
    );
    for (const item of done) {
      const { status, body: problem } = await call<ProblemView>(
        problemRoute,
        `/api/batches/${batch.id}/problems/${item.index}`,
        { params: { id: batch.id, index: String(item.index) } },
      );
      assert.equal(status, 200);
      assert.equal(item.title, problem.title);
      assert.equal(item.scenarioName, problem.scenario.name);
      assert.equal(item.review, problem.status);
    }

    const middle = await items(batch.id, '?from=2&size=3');
    assert.deepEqual(indexes(middle.body), [2, 3, 4]);
    assert.deepEqual(
      middle.body.items,
      page.body.items.slice(2, 5),
      'a page is the same items as that part of a bigger page',
    );
    assert.deepEqual(indexes((await items(batch.id, '?from=6&size=3')).body), [6]);
    const past = await items(batch.id, '?from=7');
    assert.deepEqual([past.status, past.body.total, past.body.items], [200, 7, []]);
    assert.deepEqual(indexes((await items(batch.id, '?from=&size=')).body), range(0, 7), 'blank means default');
  });

  it('pages through a large batch no runner has touched: every index, not started', async () => {
    const batch = await launch(240);
    const first = await items(batch.id);
    assert.deepEqual([first.body.total, first.body.items.length], [240, 50]);
    assert.ok(first.body.items.every((item) => item.status === 'not started' && item.title === null));
    assert.deepEqual(indexes((await items(batch.id, '?from=50&size=50')).body), range(50, 100));
    const last = await items(batch.id, '?from=200&size=200');
    assert.deepEqual(indexes(last.body), range(200, 240));
    assert.equal((await items(batch.id, '?size=200')).body.items.length, 200);
  });

  it('bad paging parameters answer 400 naming the field; an unknown batch 404', async () => {
    const batch = await launch(3);
    for (const [query, field] of [
      ['?size=0', 'size'],
      ['?size=201', 'size'],
      ['?size=2.5', 'size'],
      ['?from=-1', 'from'],
      ['?from=abc', 'from'],
    ] as const) {
      const response = await items(batch.id, query);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.field, field, query);
    }
    const unknown = await call<ApiError>(itemsRoute, '/api/batches/b-does-not-exist/items', {
      params: { id: 'b-does-not-exist' },
    });
    assert.equal(unknown.status, 404);
  });
});

describe('runners working on a batch', () => {
  it('runners are named by role, host and pid, never twice; the batch lists only its own, and a stopped one is gone', async () => {
    const [a, b] = [new SynthesisRunner({ role: 'app' }), new SynthesisRunner()];
    assert.notEqual(a.id, b.id, 'two runners of one process have different ids');
    assert.ok(a.id.startsWith(`app@${hostname()}:${process.pid}-`), a.id);
    assert.ok(b.id.startsWith(`runner@${hostname()}:${process.pid}-`), b.id);

    const busy = await launch(40);
    const idle = await launch(5);
    stub.configure({ latencyMs: 3_000 });
    // Earlier tests left queued batches: this runner works on one only.
    const r = runner(2, busy.id);
    const started = new Set<number>();
    r.on((event: RunnerEvent) => {
      if (event.type === 'item-start' && event.batchId === busy.id) started.add(event.index);
    });
    await waitFor('two items at the LLM', async () => started.size >= 2);

    const working = await detail(busy.id);
    assert.deepEqual(
      working.runners.map((x) => [x.id, x.role]),
      [[r.id, 'runner']],
      'exactly this runner, once, with its role',
    );
    const page = await items(busy.id);
    for (const index of started) assert.equal(page.body.items[index]!.status, 'running', `item ${index} runs`);
    assert.deepEqual((await detail(idle.id)).runners, [], 'a batch nobody works on lists no runner');
    assert.ok((await detail(idle.id)).runnersAlive >= 1);

    await r.stop();
    runners.splice(runners.indexOf(r), 1);
    assert.ok(!(await activeRunners()).some((x) => x.id === r.id), 'a stopped runner removed its heartbeat');
    assert.deepEqual((await detail(busy.id)).runners, []);
    const after = await items(busy.id);
    for (const index of started) assert.equal(after.body.items[index]!.status, 'queued', `item ${index} waits again`);
    assert.equal(after.body.items.filter((item) => item.status === 'running').length, 0);
  });
});
