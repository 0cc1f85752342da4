import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GET as auditRoute } from '@/app/api/audit/route';
import { GET as overviewRoute } from '@/app/api/audit/overview/route';
import { POST as launchRoute } from '@/app/api/batches/route';
import { GET as batchRoute } from '@/app/api/batches/[id]/route';
import { POST as actionRoute } from '@/app/api/batches/[id]/actions/route';
import { GET as exportRoute } from '@/app/api/export/route';
import { DELETE as deletePresetRoute, PUT as putPresetRoute } from '@/app/api/presets/route';
import { POST as reviewRoute } from '@/app/api/problems/[key]/review/route';
import { POST as bulkRoute } from '@/app/api/review/bulk/route';
import type { ApiError } from '@/lib/api/respond';
import { batchActionAs, launchBatchAs } from '@/lib/audit/batches';
import { bulkReviewAs, reviewAs } from '@/lib/audit/review';
import { typedNameIgnored } from '@/lib/audit/reviewer';
import type { AuditEventView, AuditOverview, AuditPage } from '@/lib/audit/types';
import { recordSignInFailure } from '@/lib/auth/sign-in';
import { issueToken } from '@/lib/auth/tokens';
import { addUser } from '@/lib/auth/users';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { LOCAL_ACTOR, type Actor } from '@/lib/domain/roles';
import { forgetServerEnv } from '@/lib/env';
import { loadSample } from '@/lib/graph/sample-corpus';
import { actionSchema } from '@/lib/review/schemas';
import type { ProblemView } from '@/lib/review/types';
import { batchRequestSchema } from '@/lib/schemas/batch';
import { launchBatch } from '@/lib/synthesis/batches';
import { SynthesisRunner } from '@/lib/synthesis/runner';
import { batchSummary, listBatches } from '@/lib/synthesis/store';
import type { BatchDetail, BatchSummary } from '@/lib/synthesis/types';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import { seedFixtureBatch } from '@/test-support/review/seed-fixture-batch';
import { waitFor } from '../../test-support/wait-for';
import { assertTestDatabase, clearGraph } from './helpers';

// The audit trail: every review change, batch launch and control, export and preset change records who did
// it, server-side, from the request's actor. In this file's first part no user exists, so handle() gives the
// local admin (LOCAL_ACTOR); a team-mode actor is exercised through lib/audit's functions with a constructed
// Actor, and at the end through the real routes with API tokens of users added to the database.

const BATCH = 'au-a';
const GRACE: Actor = {
  id: 'user-grace',
  name: 'Grace Hopper',
  email: 'grace@example.test',
  role: 'admin',
  via: 'session',
};

let stub: RunningStub;
let keys: string[] = [];

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
  });
  forgetServerEnv();
  await clearGraph();
  await loadSample();
  keys = (await seedFixtureBatch(BATCH, 8, { scenarios: 2, now: 1_000_000 })).map((p) => String(p.props.key));
});
after(async () => {
  await stub.close();
  await closeDriver();
});

async function call<T>(
  handler: (request: Request, context: never) => Promise<Response>,
  path: string,
  init: { method?: string; body?: unknown; params?: Record<string, string>; token?: string } = {},
): Promise<{ status: number; body: T }> {
  // A loopback Host, as a browser on this machine sends: local mode answers only there.
  const headers: Record<string, string> = { host: 'localhost' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const request = new Request(`http://localhost${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const response = await handler(request, { params: Promise.resolve(init.params ?? {}) } as never);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

const review = (key: string, body: unknown, token?: string) =>
  call<ProblemView & ApiError>(reviewRoute, `/api/problems/${encodeURIComponent(key)}/review`, {
    body,
    params: { key },
    ...(token ? { token } : {}),
  });

async function events(query = '', token?: string): Promise<AuditEventView[]> {
  const { status, body } = await call<AuditPage & ApiError>(auditRoute, `/api/audit?limit=200&${query}`, {
    ...(token ? { token } : {}),
  });
  assert.equal(status, 200, body.error);
  return body.events;
}

const latest = async (action: string) => (await events(`action=${action}`))[0];
const stored = async (action: string | null = null) => (await readQuery('testing/audit-count', { action }))[0]!.n;
const trail = async (key: string) => (await readQuery('testing/review-trail', { key }))[0]!;
const problem = async (key: string) => (await readQuery('testing/review-stored', { key }))[0]!.problem;

const LOOPBACK = { host: 'localhost' };
const LOCAL = { id: 'local', name: 'local admin', role: 'admin', via: 'local' };

describe('review changes in local mode', () => {
  it('keep the typed name, store reviewerId local and write one AuditEvent by the local admin per change', async () => {
    const key = keys[0]!;
    const approved = await review(key, { action: 'approve', version: 1, reviewer: 'Ada' });
    assert.equal(approved.status, 200, approved.body.error);
    assert.equal(approved.body.reviewer, 'Ada');
    assert.equal((await problem(key)).reviewerId, 'local');

    const event = await latest('review.approve');
    assert.ok(event);
    assert.deepEqual(event.actor, LOCAL);
    assert.equal(event.target, `problem:${key}`);
    assert.deepEqual([event.detail.reviewer, event.detail.from, event.detail.to], ['Ada', 'pending', 'approved']);

    const rejected = await review(key, {
      action: 'reject',
      version: 2,
      reviewer: 'Ada',
      reasons: ['incoherent'],
      note: 'no link',
    });
    assert.equal(rejected.status, 200, rejected.body.error);
    const rejection = await latest('review.reject');
    assert.deepEqual([rejection?.detail.from, rejection?.detail.reasons], ['approved', ['incoherent']]);

    const edited = await review(key, {
      action: 'edit',
      version: 3,
      reviewer: 'Ada',
      statement: 'A sharper statement.',
      answerCode: 'def f():\n    return 1',
    });
    assert.equal(edited.status, 200, edited.body.error);
    assert.equal((await latest('review.edit'))?.detail.revision, 1);

    const { events: history, revisions } = await trail(key);
    assert.deepEqual(
      history.map((e) => [e.action, e.reviewer, e.reviewerId]),
      [
        ['approve', 'Ada', 'local'],
        ['reject', 'Ada', 'local'],
        ['edit', 'Ada', 'local'],
      ],
    );
    assert.deepEqual(
      revisions.map((r) => [r.number, r.reviewerId]),
      [
        [0, null],
        [1, 'local'],
      ],
    );
  });

  it('write no AuditEvent for a stale version or a missing name (local mode still asks for one)', async () => {
    const key = keys[1]!;
    const before = await stored();
    const missing = await review(key, { action: 'approve', version: 1 });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.field, 'reviewer');
    const stale = await review(key, { action: 'approve', version: 9, reviewer: 'Ada' });
    assert.equal(stale.status, 409);
    assert.equal(await stored(), before);
    assert.equal((await problem(key)).status, 'pending');
  });

  it('a bulk change writes one review.bulk event with the filter and the counts; a stale count writes none', async () => {
    const pending = keys.length - 1;
    const before = await stored('review.bulk');
    const stale = await call<ApiError>(bulkRoute, '/api/review/bulk', {
      body: { filter: { batch: BATCH, status: 'pending' }, action: 'approve', reviewer: 'Ada', expected: pending + 1 },
    });
    assert.equal(stale.status, 409);
    assert.equal(await stored('review.bulk'), before);

    const bulk = await call<{ matched: number; changed: number } & ApiError>(bulkRoute, '/api/review/bulk', {
      body: { filter: { batch: BATCH, status: 'pending' }, action: 'approve', reviewer: 'Ada', expected: pending },
    });
    assert.equal(bulk.status, 200, bulk.body.error);
    const event = await latest('review.bulk');
    assert.ok(event);
    assert.deepEqual(event.actor, LOCAL);
    assert.equal(event.target, `batch:${BATCH}`);
    assert.deepEqual([event.detail.matched, event.detail.changed, event.detail.action], [pending, pending, 'approve']);
    assert.deepEqual(event.detail.filter, { batch: BATCH, status: 'pending' });
    assert.equal(await stored('review.bulk'), before + 1);
    assert.equal((await problem(keys[1]!)).reviewerId, 'local');
  });
});

describe('review changes by a team-mode actor (lib/audit with a constructed Actor)', () => {
  it('store the actor as the reviewer and ignore the typed name', async () => {
    const key = keys[2]!;
    const body = typedNameIgnored(GRACE, actionSchema).parse({ action: 'reopen', version: 2, reviewer: 'Mallory' });
    assert.equal(body.reviewer, undefined);
    const view = await reviewAs(GRACE, key, { action: 'reopen', version: 2, reviewer: 'Mallory' });
    assert.equal(view.reviewer, GRACE.name);
    assert.equal((await problem(key)).reviewerId, GRACE.id);
    const last = (await trail(key)).events.at(-1)!;
    assert.deepEqual([last.action, last.reviewer, last.reviewerId], ['reopen', GRACE.name, GRACE.id]);
    const event = await latest('review.reopen');
    assert.deepEqual(event?.actor, { id: GRACE.id, name: GRACE.name, role: 'admin', via: 'session' });
    assert.equal(event?.detail.reviewer, GRACE.name);
  });

  it('need no typed name at all, where the local admin does', async () => {
    const key = keys[2]!;
    // An empty name would fail validation; for a team-mode actor it is dropped before validation.
    const body = typedNameIgnored(GRACE, actionSchema).parse({ action: 'approve', version: 3, reviewer: '' });
    assert.equal((await reviewAs(GRACE, key, body)).reviewer, GRACE.name);
    assert.throws(() =>
      typedNameIgnored(LOCAL_ACTOR, actionSchema).parse({ action: 'approve', version: 4, reviewer: '' }),
    );
    await assert.rejects(reviewAs(LOCAL_ACTOR, key, { action: 'reopen', version: 4 }), /reviewer/);

    const bulk = await bulkReviewAs(GRACE, {
      filter: { batch: BATCH, status: 'approved' },
      action: 'reject',
      reviewer: 'Mallory',
      expected: keys.length - 1,
      reasons: ['duplicate'],
    });
    assert.equal(bulk.changed, keys.length - 1);
    assert.equal((await problem(keys[3]!)).reviewer, GRACE.name);
    assert.equal((await latest('review.bulk'))?.actor.id, GRACE.id);
  });
});

const launchBody = (count: number) => ({
  selection: 'all',
  complexity: 'C1',
  seed: 3,
  count,
  verify: { enabled: false },
});

async function launch(count: number): Promise<BatchSummary> {
  const { status, body } = await call<BatchSummary & ApiError>(launchRoute, '/api/batches', {
    body: launchBody(count),
  });
  assert.equal(status, 201, body.error);
  return body;
}

const act = (id: string, body: unknown) =>
  call<BatchSummary & ApiError>(actionRoute, `/api/batches/${id}/actions`, { body, params: { id } });

async function runToEnd(id: string): Promise<BatchSummary> {
  const runner = new SynthesisRunner({ concurrency: 4, onlyBatch: id }).start();
  try {
    return await waitFor(`batch ${id} to finish`, async () => {
      const b = await batchSummary(id);
      return b.status === 'done' && b;
    });
  } finally {
    await runner.stop();
  }
}

describe('batches', () => {
  it('a launch, pause and cancel record the actor on the batch and in the log; a refused cancel records nothing', async () => {
    const batch = await launch(3);
    assert.deepEqual(batch.launchedBy, { id: 'local', name: 'local admin' });
    const launched = await latest('batch.launch');
    assert.deepEqual([launched?.target, launched?.actor.id, launched?.detail.count], [`batch:${batch.id}`, 'local', 3]);

    assert.equal((await act(batch.id, { action: 'pause' })).status, 200);
    const paused = await latest('batch.pause');
    assert.deepEqual([paused?.detail.from, paused?.detail.to], ['queued', 'paused']);

    const cancelled = await act(batch.id, { action: 'cancel' });
    assert.equal(cancelled.status, 200, cancelled.body.error);
    assert.deepEqual(cancelled.body.cancelledBy, { id: 'local', name: 'local admin' });
    const detail = await call<BatchDetail>(batchRoute, `/api/batches/${batch.id}`, { params: { id: batch.id } });
    assert.deepEqual([detail.body.launchedBy?.name, detail.body.cancelledBy?.name], ['local admin', 'local admin']);
    const event = await latest('batch.cancel');
    assert.deepEqual(
      [event?.target, event?.detail.from, event?.detail.to],
      [`batch:${batch.id}`, 'paused', 'cancelled'],
    );

    const before = await stored();
    assert.equal((await act(batch.id, { action: 'cancel' })).status, 409);
    assert.equal(await stored(), before);
  });

  it('token spend per user sums the tokens of the batches each launched; older batches have no launcher', async () => {
    const mine = await runToEnd((await launch(3)).id);
    const graces = await runToEnd((await launchBatchAs(GRACE, batchRequestSchema.parse(launchBody(2)))).id);
    // A batch stored the way batches were before sign-in: nobody launched it.
    const nobodys = await runToEnd((await launchBatch(batchRequestSchema.parse(launchBody(2)))).id);
    assert.ok(mine.tokens.total > 0 && graces.tokens.total > 0 && nobodys.tokens.total > 0);
    assert.equal(graces.launchedBy?.name, GRACE.name);
    assert.equal(nobodys.launchedBy, null);

    // What each user's batches hold, from the batch list (the fixture batch and the cancelled one included).
    const expected = new Map<string | null, { batches: number; total: number }>();
    for (const b of (await listBatches()).batches) {
      const id = b.launchedBy?.id ?? null;
      const sum = expected.get(id) ?? { batches: 0, total: 0 };
      expected.set(id, { batches: sum.batches + 1, total: sum.total + b.tokens.total });
    }
    const { status, body } = await call<AuditOverview>(overviewRoute, '/api/audit/overview');
    assert.equal(status, 200);
    assert.deepEqual(
      new Map(body.spend.map((row) => [row.actor?.id ?? null, { batches: row.batches, total: row.total }])),
      expected,
    );
    assert.equal(body.spend.find((row) => row.actor?.id === GRACE.id)?.actor?.name, GRACE.name);
    const ids = body.actors.map((a) => a.id);
    assert.ok(ids.includes('local') && ids.includes(GRACE.id));
  });

  it('a control by a team-mode actor stores them as the canceller', async () => {
    const batch = await launchBatchAs(GRACE, batchRequestSchema.parse(launchBody(2)));
    const cancelled = await batchActionAs(GRACE, batch.id, { action: 'cancel' });
    assert.deepEqual(cancelled.cancelledBy, { id: GRACE.id, name: GRACE.name });
    assert.equal((await latest('batch.cancel'))?.actor.name, GRACE.name);
  });
});

describe('exports and presets', () => {
  it('an export records its scope, format and how many problems it holds', async () => {
    const response = await exportRoute(
      new Request(`http://localhost/api/export?batch=${BATCH}&status=all&format=sft`, { headers: LOOPBACK }),
    );
    assert.equal(response.status, 200);
    const lines = (await response.text()).split('\n').filter(Boolean).length;
    const event = await latest('export');
    assert.ok(event);
    assert.deepEqual(event.actor, LOCAL);
    assert.equal(event.target, `batch:${BATCH}`);
    assert.deepEqual([event.detail.scope, event.detail.format, event.detail.rows], ['batch', 'sft', lines]);

    const filtered = await exportRoute(
      new Request(`http://localhost/api/export?batch=${BATCH}&status=rejected&coherenceMin=-1&format=full`, {
        headers: LOOPBACK,
      }),
    );
    const filteredLines = (await filtered.text()).split('\n').filter(Boolean).length;
    const second = await latest('export');
    assert.deepEqual(
      [second?.detail.scope, second?.detail.format, second?.detail.rows],
      ['filter', 'full', filteredLines],
    );
    assert.ok(filteredLines > 0);
  });

  it('saving and deleting a preset are recorded; a refused delete is not', async () => {
    const put = await call<ApiError>(putPresetRoute, '/api/presets', {
      method: 'PUT',
      body: { name: 'audited', query: 'complexity=C2' },
    });
    assert.equal(put.status, 200, put.body?.error);
    assert.equal((await latest('preset.save'))?.target, 'preset:audited');
    const del = (path: string) => call<ApiError>(deletePresetRoute, path, { method: 'DELETE' });
    assert.equal((await del('/api/presets?name=audited')).status, 204);
    assert.equal(await stored('preset.delete'), 1);
    assert.equal((await del('/api/presets?name=audited')).status, 404);
    assert.equal(await stored('preset.delete'), 1);
  });
});

describe('the audit log', () => {
  it('pages newest first with a keyset cursor, and filters by user and by action', async () => {
    const all = await events();
    assert.equal(all.length, await stored());
    const seen: AuditEventView[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: AuditPage } = await call<AuditPage>(
        auditRoute,
        `/api/audit?limit=3${cursor ? `&before=${cursor}` : ''}`,
      );
      assert.ok(page.body.events.length <= 3);
      seen.push(...page.body.events);
      cursor = page.body.next;
    } while (cursor);
    assert.deepEqual(
      seen.map((e) => e.id),
      all.map((e) => e.id),
    );
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      assert.ok(a.at > b.at || (a.at === b.at && a.id > b.id), 'newest first, no repeats');
    }

    const graces = await events(`actor=${GRACE.id}`);
    assert.ok(graces.length >= 4);
    assert.ok(graces.every((e) => e.actor.id === GRACE.id));
    assert.equal(graces.length, all.filter((e) => e.actor.id === GRACE.id).length);
    const cancels = await events(`actor=${GRACE.id}&action=batch.cancel`);
    assert.deepEqual(
      cancels.map((e) => e.id),
      all.filter((e) => e.actor.id === GRACE.id && e.action === 'batch.cancel').map((e) => e.id),
    );

    const bad = await call<ApiError>(auditRoute, '/api/audit?action=batch.explode');
    assert.deepEqual([bad.status, bad.body.field], [400, 'action']);
  });
});

// Last: adding users switches the database to team mode for the rest of this file.
describe('team mode through the routes (API tokens)', () => {
  it("a reviewer's change records the token's owner whatever the body says; only admins read the log", async () => {
    const reviewer = await addUser({
      email: 'linus@example.test',
      name: 'Linus Reviewer',
      role: 'reviewer',
      password: 'correct horse battery',
    });
    const admin = await addUser({
      email: 'ada@example.test',
      name: 'Ada Admin',
      role: 'admin',
      password: 'correct horse battery staple',
    });
    const reviewerToken = (await issueToken(reviewer.id, 'test', 'reviewer')).token;
    const adminToken = (await issueToken(admin.id, 'test', 'admin')).token;

    const key = keys[4]!;
    const { version } = await problem(key);
    const changed = await review(key, { action: 'reopen', version, reviewer: 'Mallory' }, reviewerToken);
    assert.equal(changed.status, 200, changed.body.error);
    assert.equal(changed.body.reviewer, 'Linus Reviewer');
    assert.equal((await problem(key)).reviewerId, reviewer.id);
    const nameless = await review(key, { action: 'approve', version: Number(version) + 1 }, reviewerToken);
    assert.equal(nameless.status, 200, nameless.body.error);

    const denied = await call<ApiError>(auditRoute, '/api/audit', { token: reviewerToken });
    assert.equal(denied.status, 403);
    const [approval] = await events('action=review.approve', adminToken);
    const [reopening] = await events('action=review.reopen', adminToken);
    assert.deepEqual(reopening?.actor, { id: reviewer.id, name: 'Linus Reviewer', role: 'reviewer', via: 'token' });
    assert.equal(approval?.actor.id, reviewer.id);
    assert.equal(approval?.detail.reviewer, 'Linus Reviewer');
  });

  it('lists failed sign-ins newest first, with the address tried and never a password', async () => {
    await recordSignInFailure('mallory@example.test', '10.0.0.9', 401);
    await recordSignInFailure('eve@example.test', null, 429);
    const admin = await addUser({ email: 'root@example.test', role: 'admin', password: 'correct horse battery' });
    const token = (await issueToken(admin.id, 'test', 'admin')).token;
    const { status, body } = await call<AuditOverview>(overviewRoute, '/api/audit/overview', { token });
    assert.equal(status, 200);
    // Both, in either order when they share a millisecond; newest first throughout.
    assert.deepEqual(
      body.failedSignIns
        .slice(0, 2)
        .map((f) => [f.email, f.ip, f.status])
        .sort(),
      [
        ['eve@example.test', null, 429],
        ['mallory@example.test', '10.0.0.9', 401],
      ],
    );
    const times = body.failedSignIns.map((f) => f.at);
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    assert.ok(!JSON.stringify(body).includes('password'));
  });
});
