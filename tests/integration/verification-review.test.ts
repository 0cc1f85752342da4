import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GET as verificationRoute } from '@/app/api/batches/[id]/verification/route';
import { GET as problemRoute } from '@/app/api/problems/[key]/route';
import { POST as verifyRoute } from '@/app/api/problems/[key]/verify/route';
import { GET as qualityRoute } from '@/app/api/quality/route';
import { POST as bulkRoute } from '@/app/api/review/bulk/route';
import { GET as listRoute } from '@/app/api/review/problems/route';
import { GET as sandboxRoute } from '@/app/api/sandbox/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver, readQuery, writeQuery } from '@/lib/db/driver';
import { ATTEMPT_STATUSES, DIFFICULTIES } from '@/lib/domain/verification';
import { loadSample } from '@/lib/graph/sample-corpus';
import type { ProblemPage, ProblemView } from '@/lib/review/types';
import { requestVerification } from '@/lib/verification/requests';
import type { BatchVerification, QualityReport } from '@/lib/verification/report-types';
import type { FixtureProblem } from '@/test-support/review/fixture';
import { seedFixtureBatch } from '@/test-support/review/seed-fixture-batch';
import { FAILING_ASSERTION, FIXTURE_FINGERPRINT } from '@/test-support/review/verification-fixture';
import { callRoute, clearGraph } from './helpers';

// Verified batches (k = 4) at two complexity × temperature settings, one from before verification, one with it off.
const MAIN = 'b-vfix-main';
const HOT = 'b-vfix-hot';
const OLD = 'b-vfix-old';
const OFF = 'b-vfix-off';

type Props = FixtureProblem['props'];
let seeded: Record<string, Props[]> = {};
const all = () => Object.values(seeded).flat();
const verified = () => all().filter((p) => typeof p.verifyStatus === 'string');
const keys = (rows: Array<{ key: string }>) => rows.map((r) => r.key).sort();
const keysOf = (props: Props[]) => props.map((p) => String(p.key)).sort();

const list = (query: string) => callRoute<ProblemPage>(listRoute, `/api/review/problems?${query}`);

async function withParams<T>(
  handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>,
  params: Record<string, string>,
  body?: unknown,
) {
  const init =
    body === undefined
      ? undefined
      : {
          method: 'POST',
          body: typeof body === 'string' ? body : JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        };
  const response = await handler(new Request('http://localhost/api/x', init), { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as T };
}

const summaryOf = (id: string) => withParams<BatchVerification>(verificationRoute as never, { id });
const getProblem = (key: string) => withParams<ProblemView>(problemRoute as never, { key });
const verifyAgain = <T>(key: string, body: unknown) => withParams<T>(verifyRoute as never, { key }, body);

async function stored(key: string): Promise<Record<string, unknown>> {
  const [row] = await readQuery('testing/review-stored', { key });
  return row!.problem;
}

after(closeDriver);

before(async () => {
  await clearGraph();
  await loadSample();
  const seed = async (id: string, count: number, options: Parameters<typeof seedFixtureBatch>[2]) =>
    (seeded[id] = (await seedFixtureBatch(id, count, options)).map((p) => p.props));
  seeded = {};
  await seed(OLD, 5, { now: 1_000_000 });
  await seed(OFF, 4, { now: 2_000_000, verify: false });
  await seed(MAIN, 20, { now: 3_000_000, verify: { attempts: 4 } });
  await seed(HOT, 10, {
    now: 4_000_000,
    verify: { attempts: 4 },
    counts: { Knowledge: 2, DomainSkill: 2, CodingSkill: 2 },
    temperature: 2.5,
  });
});

describe('review filters over verification', () => {
  it('filters by verification status (several, and unverified), difficulty and coverage ≥ x %', async () => {
    const passed = await list('verify=passed&limit=100');
    assert.equal(passed.status, 200);
    assert.deepEqual(keys(passed.body.items), keysOf(all().filter((p) => p.verifyStatus === 'passed')));
    assert.ok(passed.body.items.every((p) => p.verification.verifyStatus === 'passed'));

    const broken = await list('verify=failed,error&verify=timeout&limit=100');
    assert.deepEqual(
      keys(broken.body.items),
      keysOf(all().filter((p) => ['failed', 'error', 'timeout'].includes(String(p.verifyStatus)))),
    );
    assert.ok(broken.body.total > 0);

    const unverified = await list('verify=unverified&limit=100');
    assert.equal(unverified.body.total, seeded[OLD]!.length + seeded[OFF]!.length);
    assert.ok(unverified.body.items.every((p) => p.verification.verifyStatus === null));

    const easyMedium = await list('difficulty=easy,medium&limit=100');
    assert.deepEqual(
      keys(easyMedium.body.items),
      keysOf(all().filter((p) => p.difficulty === 'easy' || p.difficulty === 'medium')),
    );
    const hard = await list('difficulty=hard&limit=100');
    assert.ok(hard.body.total > 0);
    assert.ok(hard.body.items.every((p) => p.verification.difficulty === 'hard'));

    const covered = await list('coverageMin=90&limit=100');
    assert.deepEqual(
      keys(covered.body.items),
      keysOf(all().filter((p) => typeof p.coverage === 'number' && p.coverage >= 0.9)),
    );
    const everyCoverage = await list('coverageMin=0&limit=100');
    assert.equal(everyCoverage.body.total, all().filter((p) => typeof p.coverage === 'number').length);

    const combined = await list(`batch=${MAIN}&verify=passed&difficulty=easy&coverageMin=85&limit=100`);
    assert.deepEqual(
      keys(combined.body.items),
      keysOf(
        seeded[MAIN]!.filter(
          (p) => p.verifyStatus === 'passed' && p.difficulty === 'easy' && Number(p.coverage) >= 0.85,
        ),
      ),
    );
  });

  it('sorts by coverage and by pass rate either way, problems without one last', async () => {
    for (const [sort, field, direction] of [
      ['coverage', 'coverage', 1],
      ['coverage-desc', 'coverage', -1],
      ['pass-rate', 'passRate', 1],
      ['pass-rate-desc', 'passRate', -1],
    ] as const) {
      const items = (await list(`sort=${sort}&limit=100`)).body.items;
      assert.equal(items.length, all().length);
      const values = items.map((p) => p.verification[field]);
      const present = values.filter((v): v is number => v !== null);
      assert.deepEqual(
        present,
        [...present].sort((a, b) => direction * (a - b)),
        sort,
      );
      const firstNull = values.indexOf(null);
      if (firstNull >= 0)
        assert.ok(
          values.slice(firstNull).every((v) => v === null),
          `${sort}: nulls last`,
        );
      assert.equal(present.length, all().filter((p) => typeof p[field] === 'number').length);
    }
  });

  it('answers 400 naming the field for a bad verification filter or sort', async () => {
    const cases: Array<[string, string]> = [
      ['verify=bogus', 'verify'],
      ['verify=passed,nope', 'verify'],
      ['difficulty=trivial', 'difficulty'],
      ['coverageMin=120', 'coverageMin'],
      ['coverageMin=-1', 'coverageMin'],
      ['coverageMin=lots', 'coverageMin'],
      ['sort=coverage-up', 'sort'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await callRoute<ApiError>(listRoute, `/api/review/problems?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.field, field, query);
    }
    const badBulk = await callRoute<ApiError>(bulkRoute, '/api/review/bulk', {
      filter: { difficulty: ['easy', 'simple'] },
      action: 'approve',
      reviewer: 'Ada',
      expected: 1,
    });
    assert.equal(badBulk.status, 400);
    assert.equal(badBulk.body.field, 'filter.difficulty');
  });
});

describe('a problem’s verification in the focus view', () => {
  it('carries every attempt with its per-test results, the failing assertion and output, and the fingerprint', async () => {
    const failing = seeded[MAIN]!.find((p) => p.verifyStatus === 'failed')!;
    const { status, body } = await getProblem(String(failing.key));
    assert.equal(status, 200);
    assert.equal(body.verification.verifyStatus, 'failed');
    assert.equal(body.verification.difficulty, 'fail');
    assert.equal(body.verification.coverage, null);
    const detail = body.verificationDetail!;
    assert.equal(detail.fingerprint, FIXTURE_FINGERPRINT);
    assert.equal(detail.keptAttempt, -1);
    assert.equal(detail.attempts.length, 4);
    assert.deepEqual(
      detail.attempts.map((a) => a.role),
      ['reference', 'attempt', 'attempt', 'attempt'],
    );
    const first = detail.attempts[0]!;
    assert.equal(first.status, 'failed');
    assert.equal(first.message, FAILING_ASSERTION);
    assert.deepEqual(first.counts, { passed: 2, failed: 1, total: 3 });
    const failed = first.results.find((r) => r.outcome === 'failed')!;
    assert.equal(failed.message, FAILING_ASSERTION);
    assert.match(failed.detail, /test_solution\.py:13: AssertionError/);
    assert.match(first.output, /1 failed, 2 passed/);
    assert.equal(detail.tests, failing.tests);

    const unsandboxed = all().filter((p) => p.unsandboxed === true);
    assert.equal(unsandboxed.length, 2, 'one per verified batch');
    assert.equal((await getProblem(String(unsandboxed[0]!.key))).body.verification.unsandboxed, true);

    const old = (await getProblem(String(seeded[OLD]![0]!.key))).body;
    assert.equal(old.verificationDetail, null);
    assert.equal(old.verification.verifyStatus, null);
  });
});

describe('verify again', () => {
  it('queues the problem with who and when, leaves review state and version alone, and 404s an unknown key', async () => {
    const problem = seeded[HOT]![1]!;
    const key = String(problem.key);
    const before = await stored(key);
    const queued = await verifyAgain<{ key: string; verifyState: string; verifyRequestedBy: string }>(key, {
      by: 'Ada',
    });
    assert.equal(queued.status, 200);
    assert.equal(queued.body.verifyState, 'queued');
    assert.equal(queued.body.verifyRequestedBy, 'Ada');
    const after = await stored(key);
    assert.equal(after.verifyState, 'queued');
    assert.equal(after.verifyRequestedBy, 'Ada');
    assert.ok(Number(after.verifyRequestedAt) > Date.now() - 60_000);
    assert.equal(after.version, before.version);
    assert.equal(after.status, before.status);
    assert.equal(after.verifyStatus, before.verifyStatus, 'the old result stays until a verifier replaces it');
    assert.equal((await getProblem(key)).body.verification.verifyState, 'queued');
    assert.equal((await summaryOf(HOT)).body.queued, 1);

    const unknown = await verifyAgain<ApiError>('b-vfix-hot/999', { by: 'Ada' });
    assert.equal(unknown.status, 404);
    await assert.rejects(requestVerification({ keys: [String(seeded[HOT]![2]!.key), 'nope/1'], by: 'Ada' }), {
      name: 'NotFoundError',
    });
    assert.equal((await stored(String(seeded[HOT]![2]!.key))).verifyState, undefined, 'nothing queued');

    const noName = await verifyAgain<ApiError>(key, {});
    assert.equal(noName.status, 400);
    assert.equal(noName.body.field, 'by');

    // A problem a verifier holds right now stays with it.
    const leasedKey = String(seeded[HOT]![3]!.key);
    await writeQuery('testing/verification-set-state', { key: leasedKey, state: 'leased' });
    const leased = await requestVerification({ keys: [leasedKey], by: 'Grace' });
    assert.equal(leased.queued, 0);
    assert.equal(leased.problems[0]!.verifyState, 'leased');
    assert.equal((await summaryOf(HOT)).body.queued, 2);
    await writeQuery('testing/verification-set-state', { key: leasedKey, state: null });
    await writeQuery('testing/verification-set-state', { key, state: null });
  });
});

describe('batch verification summary', () => {
  it('counts progress, statuses, difficulties, passing attempts and coverage bins as seeded', async () => {
    const { status, body } = await summaryOf(MAIN);
    assert.equal(status, 200);
    const props = seeded[MAIN]!;
    assert.equal(body.enabled, true);
    assert.equal(body.attempts, 4);
    assert.equal(body.problems, 20);
    assert.equal(body.verified, 20);
    assert.equal(body.queued, 0);
    const count = (test: (p: Props) => boolean) => props.filter(test).length;
    assert.deepEqual(
      body.byStatus,
      Object.fromEntries(ATTEMPT_STATUSES.map((s) => [s, count((p) => p.verifyStatus === s)])),
    );
    assert.deepEqual(
      body.byDifficulty,
      Object.fromEntries(DIFFICULTIES.map((d) => [d, count((p) => p.difficulty === d)])),
    );
    assert.deepEqual(
      body.passedAttempts,
      [0, 1, 2, 3, 4].map((passed) => ({ passed, count: count((p) => p.verifyPassed === passed) })),
    );
    assert.equal(body.coverage.length, 10);
    body.coverage.forEach((bin, i) => {
      assert.equal(bin.from, i / 10);
      const expected = count((p) => {
        if (typeof p.coverage !== 'number') return false;
        const percent = Math.round(p.coverage * 100);
        return i === 9 ? percent >= 90 : percent >= i * 10 && percent < (i + 1) * 10;
      });
      assert.equal(bin.count, expected, `coverage bin ${i}`);
    });
    // The seeded cycle covers every difficulty and more than one failure status.
    assert.ok(DIFFICULTIES.every((d) => body.byDifficulty[d] > 0));
    assert.ok(body.byStatus.failed > 0 && body.byStatus.error > 0 && body.byStatus.timeout > 0);
  });

  it('says verification is off for batches without it, and 404s / 400s unknown or malformed ids', async () => {
    const old = (await summaryOf(OLD)).body;
    assert.equal(old.enabled, false);
    assert.equal(old.attempts, null);
    assert.equal(old.problems, 5);
    assert.equal(old.verified, 0);
    const off = (await summaryOf(OFF)).body;
    assert.equal(off.enabled, false);
    assert.equal(off.attempts, 3);
    assert.equal((await summaryOf('b-vfix-none')).status, 404);
    const bad = await withParams<ApiError>(verificationRoute as never, { id: 'not a batch' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.field, '(request)');
  });
});

describe('quality view', () => {
  it('gives the pass rate by coherence tenth and by complexity × temperature over verified problems', async () => {
    const { status, body } = await callRoute<QualityReport>(qualityRoute, '/api/quality');
    assert.equal(status, 200);
    const rows = verified();
    assert.equal(body.problems, rows.length);
    assert.equal(body.batches, 2);
    const rate = (subset: Props[]) =>
      subset.reduce((s, p) => s + Number(p.verifyPassed), 0) / subset.reduce((s, p) => s + Number(p.verifyAttempts), 0);
    for (const bucket of body.byCoherence) {
      const inside = rows.filter((p) => Math.floor(Number(p.coherence) * 10) === Math.round(bucket.from * 10));
      assert.equal(bucket.problems, inside.length, `bucket ${bucket.from}`);
      if (inside.length > 0) assert.ok(Math.abs(bucket.passRate - rate(inside)) < 1e-9, `bucket ${bucket.from}`);
    }
    assert.equal(
      body.byCoherence.reduce((s, b) => s + b.problems, 0),
      rows.length,
    );
    assert.deepEqual(
      body.complexities.map((c) => c.label),
      ['C1', 'C2'],
    );
    assert.equal(body.complexities[0]!.samplerQuery, 'select=all&c=C1');
    assert.deepEqual(body.temperatures, [1, 2.5]);
    const cell = (c: string, t: number) => body.cells.find((x) => x.complexity === c && x.temperature === t)!;
    assert.equal(cell('C1', 1).problems, 20);
    assert.ok(Math.abs(cell('C1', 1).passRate - rate(seeded[MAIN]!)) < 1e-9);
    assert.equal(cell('C2', 2.5).problems, 10);
    assert.ok(Math.abs(cell('C2', 2.5).passRate - rate(seeded[HOT]!)) < 1e-9);
    assert.equal(cell('C2', 2.5).solvedRate, seeded[HOT]!.filter((p) => p.verifyStatus === 'passed').length / 10);
  });
});

describe('sandbox status', () => {
  it('says whether answers can be verified here, and if not why and how to fix it', async () => {
    const { status, body } = await callRoute<{
      available: boolean;
      fingerprint: string | null;
      problem: string | null;
      fix: string | null;
    }>(sandboxRoute, '/api/sandbox');
    assert.equal(status, 200);
    assert.equal(typeof body.available, 'boolean');
    if (!body.available) assert.ok(body.problem && body.fix);
  });
});

// Last: it changes review state.
describe('bulk review over verification filters', () => {
  it('approves every easy/medium problem that passed with coverage ≥ 90 %, on every page, and nothing else', async () => {
    const filter = { verify: ['passed'], difficulty: ['easy', 'medium'], coverageMin: 90 };
    const expected = all().filter(
      (p) =>
        p.verifyStatus === 'passed' &&
        (p.difficulty === 'easy' || p.difficulty === 'medium') &&
        Number(p.coverage) >= 0.9,
    );
    assert.ok(expected.length > 3, 'more than one page of 3');
    const page = await list('verify=passed&difficulty=easy,medium&coverageMin=90&limit=3');
    assert.equal(page.body.total, expected.length);
    const done = await callRoute<{ matched: number; changed: number }>(bulkRoute, '/api/review/bulk', {
      filter,
      action: 'approve',
      reviewer: 'Ada',
      expected: expected.length,
    });
    assert.equal(done.status, 200);
    assert.deepEqual(done.body, { matched: expected.length, changed: expected.length });
    const approved = await list('status=approved&limit=100');
    assert.deepEqual(keys(approved.body.items), keysOf(expected));
    assert.equal((await list('status=pending&limit=100')).body.total, all().length - expected.length);
  });
});
