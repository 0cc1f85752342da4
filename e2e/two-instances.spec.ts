import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ExtractionRunView } from '../lib/extraction/run-types';
import type { BatchSummary } from '../lib/synthesis/types';
import { PORT, STUB_PORT } from './support/app-build';
import { SECOND_PORT, startInstance, type AppInstance } from './support/app-instance';
import { closeNeo4j, query } from './support/neo4j';
import { seedSampleGraph } from './support/seed';

// Two app instances on one database behave as one app (issue 17): the Playwright server is instance 1; this spec
// starts a second `next start` of the same build, with short leases so that killing it hands its work on quickly.
const FIRST = `http://127.0.0.1:${PORT}`;
const STUB = `http://127.0.0.1:${STUB_PORT}`;
const SHORT_LEASES = { EXTRACTION_LEASE_MS: '2000', SYNTH_LEASE_MS: '2000' };
const RUN_TIMEOUT = 45_000;
let second: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  seedSampleGraph();
  second = await startInstance(SECOND_PORT, SHORT_LEASES);
});

test.afterEach(async ({ request }) => {
  await request.post(`${STUB}/stub/config`, { data: { latencyMs: 0 } });
});

test.afterAll(async () => {
  await second?.kill();
  await closeNeo4j();
});

/** `count` sample documents made new to the extraction cache by a token of this run, as a documents.jsonl. */
function documents(prefix: string, count: number): string {
  const token = `${prefix}-${Date.now().toString(36)}`;
  return readFileSync('data/sample/documents.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, count)
    .map((line) => {
      const doc = JSON.parse(line) as { id: string; body: string };
      return JSON.stringify({ ...doc, id: `${token}-${doc.id}`, body: `${doc.body} (${token})` });
    })
    .join('\n');
}

async function startRun(request: APIRequestContext, origin: string, name: string, text: string) {
  const response = await request.post(`${origin}/api/extraction/runs?name=${name}`, {
    data: text,
    headers: { 'content-type': 'application/x-ndjson' },
  });
  expect(response.status()).toBe(202);
  return (await response.json()) as ExtractionRunView;
}

const run = async (request: APIRequestContext, origin: string, id: string) =>
  (await (await request.get(`${origin}/api/extraction/runs/${id}`)).json()) as ExtractionRunView;

const batch = async (request: APIRequestContext, origin: string, id: string) =>
  (await (await request.get(`${origin}/api/batches/${id}`)).json()) as BatchSummary;

async function launch(request: APIRequestContext, origin: string, count: number, name: string): Promise<string> {
  const response = await request.post(`${origin}/api/batches`, {
    data: { selection: 'all', complexity: 'C1', count, seed: 57, name, verify: { enabled: false } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('a batch launched on instance 1 is watched and cancelled on instance 2', async ({ request }) => {
  await request.post(`${STUB}/stub/config`, { data: { latencyMs: 150 } });
  const id = await launch(request, FIRST, 400, 'e2e two instances');
  // Instance 2 sees the progress grow.
  await expect
    .poll(async () => (await batch(request, second.origin, id)).done, { timeout: RUN_TIMEOUT })
    .toBeGreaterThan(0);
  const seen = (await batch(request, second.origin, id)).done;
  await expect
    .poll(async () => (await batch(request, second.origin, id)).done, { timeout: RUN_TIMEOUT })
    .toBeGreaterThan(seen);

  const cancelled = await request.post(`${second.origin}/api/batches/${id}/actions`, { data: { action: 'cancel' } });
  expect(cancelled.status()).toBe(200);
  // Both instances' runners stop: nothing left in flight, and the count stays below the batch's.
  for (const origin of [FIRST, second.origin]) {
    await expect
      .poll(
        async () => {
          const b = await batch(request, origin, id);
          return `${b.status} ${b.inFlight}`;
        },
        { timeout: RUN_TIMEOUT },
      )
      .toBe('cancelled 0');
  }
  expect((await batch(request, FIRST, id)).done).toBeLessThan(400);
});

test('an extraction run started on instance 1 shows on instance 2, which cancels it', async ({ page, request }) => {
  // A slow endpoint keeps the run busy: 40 documents at 8 at a time take 10 s; the cancel comes after one.
  await request.post(`${STUB}/stub/config`, { data: { latencyMs: 2_000 } });
  const name = `e2e-two-${Date.now().toString(36)}.jsonl`;
  const started = await startRun(request, FIRST, name, documents('two', 40));
  expect(started.state).toBe('curating');

  await page.goto(`${second.origin}/ingest`);
  const card = page.getByRole('article', { name: `Run ${name}` });
  await expect(card.getByLabel('Run state')).toHaveText(/extracting/, { timeout: RUN_TIMEOUT });
  await card.getByRole('button', { name: 'Cancel' }).click();
  await expect(card.getByLabel('Run state')).toHaveText('cancelled', { timeout: RUN_TIMEOUT });

  // Instance 1, which did the work, stopped it: same state there, and fewer documents than the file's.
  const there = await run(request, FIRST, started.id);
  expect(there.state).toBe('cancelled');
  expect(there.cancelRequested).toBe(true);
  expect(there.progress!.total).toBe(40);
  expect(there.progress!.done).toBeLessThan(40);
});

test('killing and restarting an instance loses no run and no batch: their work is taken over', async ({ request }) => {
  test.setTimeout(120_000);
  await request.post(`${STUB}/stub/config`, { data: { latencyMs: 300 } });
  const name = `e2e-restart-${Date.now().toString(36)}.jsonl`;
  const started = await startRun(request, second.origin, name, documents('restart', 48));
  const batchId = await launch(request, second.origin, 60, 'e2e restart');
  await expect
    .poll(async () => (await run(request, FIRST, started.id)).progress?.done ?? 0, { timeout: RUN_TIMEOUT })
    .toBeGreaterThanOrEqual(8);
  await expect
    .poll(async () => (await batch(request, FIRST, batchId)).done, { timeout: RUN_TIMEOUT })
    .toBeGreaterThan(0);
  const before = (await run(request, FIRST, started.id)).progress!.done;

  await second.kill();
  second = await startInstance(SECOND_PORT, SHORT_LEASES);

  await expect
    .poll(async () => (await run(request, second.origin, started.id)).state, { timeout: RUN_TIMEOUT })
    .toBe('done');
  const finished = await run(request, second.origin, started.id);
  expect(finished.takeovers).toBeGreaterThanOrEqual(1);
  expect(finished.progress).toMatchObject({ total: 48, done: 48, failed: 0 });
  // What the killed instance had extracted came back from the cache, not from the LLM again.
  expect(finished.summary!.fromCache).toBeGreaterThanOrEqual(before);
  const [stored] = await query<{ documents: number }>('documents-with-prefix', { prefix: 'restart-' });
  expect(stored!.documents).toBe(48);

  await expect.poll(async () => (await batch(request, FIRST, batchId)).status, { timeout: RUN_TIMEOUT }).toBe('done');
  const done = await batch(request, second.origin, batchId);
  expect(`${done.done} done, ${done.failed} failed`).toBe('60 done, 0 failed');
  const [problems] = await query<{ problems: number; distinct: number }>('synthesis-problem-count', { id: batchId });
  expect(problems).toEqual({ problems: 60, distinct: 60 });
});
