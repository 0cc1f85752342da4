import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { GET as elementProblemsRoute } from '@/app/api/elements/[id]/problems/route';
import { GET as exportRoute } from '@/app/api/export/route';
import { GET as problemRoute } from '@/app/api/problems/[key]/route';
import { POST as reviewRoute } from '@/app/api/problems/[key]/review/route';
import { POST as bulkRoute } from '@/app/api/review/bulk/route';
import { POST as duplicatesRoute } from '@/app/api/review/duplicates/route';
import { GET as listRoute } from '@/app/api/review/problems/route';
import { GET as progressRoute } from '@/app/api/review/progress/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { loadSample } from '@/lib/graph/sample-corpus';
import { flagNearDuplicates } from '@/lib/duplicates/duplicates';
import type { FixtureProblem } from '@/test-support/review/fixture';
import { seedFixtureBatch } from '@/test-support/review/seed-fixture-batch';
import type { ConflictDetail, ElementProblems, ProblemPage, ProblemView, ReviewProgress } from '@/lib/review/types';
import { callRoute, clearGraph } from './helpers';

const A = 'rv-a';
const B = 'rv-b';
const q = encodeURIComponent;
const REVIEWER = 'Ada';

type Conflict = ApiError & { conflict: ConflictDetail };

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

const getProblem = (key: string) => withParams<ProblemView>(problemRoute as never, { key });
const act = <T = ProblemView>(key: string, body: unknown) => withParams<T>(reviewRoute as never, { key }, body);
const list = (query: string) => callRoute<ProblemPage>(listRoute, `/api/review/problems?${query}`);

async function stored(key: string) {
  const [row] = await readQuery('testing/review-stored', { key });
  return row;
}

async function exportText(query: string): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await exportRoute(new Request(`http://localhost/api/export?${query}`));
  return { status: response.status, headers: response.headers, text: await response.text() };
}

after(closeDriver);

const keysOf = (problems: FixtureProblem[]) => problems.map((p) => String(p.props.key));

let keysA: string[] = [];
let keysB: string[] = [];

before(async () => {
  await clearGraph();
  await loadSample();
  keysA = keysOf(await seedFixtureBatch(A, 12, { scenarios: 3, nearCopyOf: 2, now: 1_000_000 }));
  keysB = keysOf(await seedFixtureBatch(B, 6, { scenarios: 2, now: 2_000_000 }));
});

describe('review queue', () => {
  it('filters by batch, status, scenario, element and coherence, with counts per status over the whole match', async () => {
    const all = await list('limit=100');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 18);
    assert.deepEqual(all.body.counts, { pending: 18, approved: 0, rejected: 0 });

    const batchA = await list(`batch=${A}&limit=5`);
    assert.equal(batchA.body.total, 12);
    assert.equal(batchA.body.items.length, 5);
    assert.ok(batchA.body.items.every((p) => p.batchId === A));

    const first = (await getProblem(keysA[0]!)).body;
    const scenario = await list(`scenario=${q(first.scenarioKey)}&limit=100`);
    assert.ok(scenario.body.total >= 1 && scenario.body.total < 18);
    assert.equal(scenario.body.items.length, scenario.body.total);
    assert.ok(scenario.body.items.every((p) => p.scenarioKey === first.scenarioKey));

    const feature = first.elements.find((e) => e.role === 'feature')!;
    const byElement = await list(`element=${q(feature.id)}&limit=100`);
    assert.ok(byElement.body.items.some((p) => p.key === first.key));
    for (const item of byElement.body.items) {
      const view = (await getProblem(item.key)).body;
      assert.ok(
        view.elements.some((e) => e.id === feature.id),
        `${item.key} uses ${feature.id}`,
      );
    }

    const range = await list('coherenceMin=0&coherenceMax=0.3&limit=100');
    assert.ok(range.body.total > 0);
    assert.equal(range.body.items.length, range.body.total);
    assert.ok(range.body.items.every((p) => p.coherence !== null && p.coherence >= 0 && p.coherence <= 0.3));
    const outside = all.body.items.filter((p) => p.coherence !== null && (p.coherence < 0 || p.coherence > 0.3)).length;
    assert.equal(range.body.total + outside, 18);
  });

  it('sorts by age, coherence and batch, and pages through the whole match', async () => {
    const oldest = await list('limit=100&sort=age');
    assert.deepEqual(
      oldest.body.items.slice(0, 12).map((p) => p.batchId),
      Array(12).fill(A),
    );
    const newest = await list('limit=100&sort=age-desc');
    assert.deepEqual(
      newest.body.items.map((p) => p.key),
      [...oldest.body.items.map((p) => p.key)].reverse(),
    );
    const coherence = (await list('limit=100&sort=coherence')).body.items.map((p) => p.coherence!);
    assert.deepEqual(
      coherence,
      [...coherence].sort((a, b) => a - b),
    );
    const desc = (await list('limit=100&sort=coherence-desc')).body.items.map((p) => p.coherence!);
    assert.deepEqual(
      desc,
      [...desc].sort((a, b) => b - a),
    );
    const byBatch = (await list('limit=100&sort=batch')).body.items;
    assert.deepEqual(
      byBatch.slice(0, 12).map((p) => p.index),
      [...Array(12).keys()],
    );

    const pages = [];
    for (let offset = 0; offset < 18; offset += 5)
      pages.push(...(await list(`limit=5&offset=${offset}`)).body.items.map((p) => p.key));
    assert.deepEqual(
      pages,
      oldest.body.items.map((p) => p.key),
    );
  });

  it('answers 400 naming the field for a malformed filter', async () => {
    const cases: Array<[string, string]> = [
      ['status=done', 'status'],
      ['coherenceMin=-2', 'coherenceMin'],
      ['coherenceMin=0.5&coherenceMax=0.1', 'coherenceMin'],
      ['element=Bogus:x', 'element'],
      ['duplicate=maybe', 'duplicate'],
      ['sort=random', 'sort'],
      ['limit=500', 'limit'],
      ['offset=-1', 'offset'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await callRoute<ApiError>(listRoute, `/api/review/problems?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.field, field, query);
    }
  });

  it('shows the combination with co-occurrence weights, batch parameters and the documents behind it', async () => {
    const { status, body } = await getProblem(keysA[0]!);
    assert.equal(status, 200);
    assert.equal(body.elements[0]!.role, 'scenario');
    assert.equal(body.elements.length, 4);
    assert.ok(body.pairs.length > 0, 'the sample graph links the combination');
    const ids = new Set(body.elements.map((e) => e.id));
    for (const pair of body.pairs) assert.ok(ids.has(pair.source) && ids.has(pair.target) && pair.weight > 0);
    assert.ok(body.documents.length >= 2 && body.documents.length <= 3);
    assert.ok(body.documents[0]!.shared >= body.documents.at(-1)!.shared);
    assert.equal(body.batch?.id, A);
    assert.equal((body.batch?.params as { count: number }).count, 12);
  });
});

describe('review actions', () => {
  it('approves, rejects with reason tags and reopens, recording reviewer, time and version', async () => {
    const key = keysB[0]!;
    const approved = await act(key, { action: 'approve', version: 1, reviewer: REVIEWER });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.status, 'approved');
    assert.equal(approved.body.version, 2);
    assert.equal(approved.body.reviewer, REVIEWER);
    assert.ok(approved.body.reviewedAt! > Date.now() - 60_000);

    const rejected = await act(key, {
      action: 'reject',
      version: 2,
      reviewer: 'Grace',
      reasons: ['incoherent', 'other'],
      note: 'features do not fit',
    });
    assert.equal(rejected.status, 200);
    assert.equal(rejected.body.status, 'rejected');
    assert.deepEqual(rejected.body.reasons, ['incoherent', 'other']);
    assert.equal(rejected.body.note, 'features do not fit');

    const reopened = await act(key, { action: 'reopen', version: 3, reviewer: REVIEWER });
    assert.equal(reopened.body.status, 'pending');
    assert.deepEqual(reopened.body.reasons, []);
    assert.deepEqual(
      reopened.body.events.map((e) => [e.action, e.from, e.to, e.version, e.reviewer]),
      [
        ['approve', 'pending', 'approved', 2, REVIEWER],
        ['reject', 'approved', 'rejected', 3, 'Grace'],
        ['reopen', 'rejected', 'pending', 4, REVIEWER],
      ],
    );
  });

  it('keeps the original and every revision of an edit', async () => {
    const key = keysB[1]!;
    const original = (await getProblem(key)).body;
    const first = await act(key, {
      action: 'edit',
      version: 1,
      reviewer: REVIEWER,
      statement: `${original.statement}\n\nEdited once.`,
      answerCode: original.answerCode,
    });
    assert.equal(first.status, 200);
    const second = await act(key, {
      action: 'edit',
      version: 2,
      reviewer: 'Grace',
      statement: 'Rewritten statement.',
      answerCode: 'def f():\n    return 2\n',
      title: 'New title',
    });
    assert.equal(second.status, 200);
    const view = second.body;
    assert.equal(view.version, 3);
    assert.equal(view.revision, 2);
    assert.equal(view.statement, 'Rewritten statement.');
    assert.equal(view.title, 'New title');
    assert.equal(view.status, 'pending', 'an edit does not decide the problem');
    assert.deepEqual(
      view.revisions.map((r) => [r.number, r.reviewer]),
      [
        [0, null],
        [1, REVIEWER],
        [2, 'Grace'],
      ],
    );
    assert.equal(view.revisions[0]!.statement, original.statement);
    assert.equal(view.revisions[0]!.answerCode, original.answerCode);
    assert.equal(view.revisions[1]!.statement, `${original.statement}\n\nEdited once.`);
    assert.deepEqual(
      view.events.map((e) => [e.action, e.revision]),
      [
        ['edit', 1],
        ['edit', 2],
      ],
    );
  });

  it("gives the second of two reviewers editing the same problem a 409 with the first one's change; the first edit survives", async () => {
    const key = keysB[2]!;
    const seenByAda = (await getProblem(key)).body;
    const seenByGrace = (await getProblem(key)).body;
    const ada = await act(key, {
      action: 'edit',
      version: seenByAda.version,
      reviewer: 'Ada',
      statement: "Ada's statement.",
      answerCode: seenByAda.answerCode,
    });
    assert.equal(ada.status, 200);
    const grace = await act<Conflict>(key, {
      action: 'edit',
      version: seenByGrace.version,
      reviewer: 'Grace',
      statement: "Grace's statement.",
      answerCode: seenByGrace.answerCode,
    });
    assert.equal(grace.status, 409);
    assert.match(grace.body.error, /changed by Ada/);
    assert.equal(grace.body.conflict.current.statement, "Ada's statement.");
    assert.equal(grace.body.conflict.current.version, 2);
    assert.deepEqual(
      grace.body.conflict.changes.map((c) => [c.action, c.reviewer]),
      [['edit', 'Ada']],
    );
    const after = await stored(key);
    assert.equal(after!.problem.statement, "Ada's statement.");
    assert.equal(after!.problem.version, 2);
    assert.equal(after!.revisions, 2);

    // A stale approve is refused the same way.
    const staleApprove = await act<Conflict>(key, { action: 'approve', version: 1, reviewer: 'Grace' });
    assert.equal(staleApprove.status, 409);
    assert.equal((await stored(key))!.problem.status, 'pending');
  });

  it('lets exactly one of many simultaneous changes of the same version through', async () => {
    const key = keysB[3]!;
    const attempts = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0
        ? act(key, { action: 'approve', version: 1, reviewer: `R${i}` })
        : act(key, {
            action: 'edit',
            version: 1,
            reviewer: `R${i}`,
            statement: `From reviewer ${i}.`,
            answerCode: 'pass',
          }),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 200).length, 1, `statuses ${statuses.join(' ')}`);
    assert.equal(statuses.filter((s) => s === 409).length, 11);
    const after = (await stored(key))!;
    assert.equal(after.problem.version, 2);
    assert.equal(after.events, 1);
    assert.ok(after.revisions === 0 || after.revisions === 2, 'one edit at most: revisions 0 and 1, or none');
  });

  it('answers unknown ids with 404, stale versions with 409, bad tags and empty edits with 400 naming the field, and changes nothing', async () => {
    const key = keysB[4]!;
    const before = await stored(key);
    const cases: Array<[string, unknown, number, string | undefined]> = [
      ['rv-nope/1', { action: 'approve', version: 1, reviewer: REVIEWER }, 404, undefined],
      [key, { action: 'approve', version: 7, reviewer: REVIEWER }, 409, undefined],
      [key, { action: 'reject', version: 1, reviewer: REVIEWER, reasons: ['boring'] }, 400, 'reasons.0'],
      [key, { action: 'reject', version: 1, reviewer: REVIEWER, reasons: [] }, 400, 'reasons'],
      [key, { action: 'reject', version: 1, reviewer: REVIEWER, reasons: ['other'] }, 400, 'note'],
      [key, { action: 'edit', version: 1, reviewer: REVIEWER, statement: '   ', answerCode: 'pass' }, 400, 'statement'],
      [key, { action: 'edit', version: 1, reviewer: REVIEWER, statement: 'ok', answerCode: '' }, 400, 'answerCode'],
      [
        key,
        {
          action: 'edit',
          version: 1,
          reviewer: REVIEWER,
          statement: String(before!.problem.statement),
          answerCode: String(before!.problem.answerCode),
        },
        400,
        'statement',
      ],
      [key, { action: 'approve', version: 1, reviewer: '' }, 400, 'reviewer'],
      [key, { action: 'approve', version: '1', reviewer: REVIEWER }, 400, 'version'],
      [key, { action: 'publish', version: 1, reviewer: REVIEWER }, 400, 'action'],
      [key, 'not json', 400, '(request)'],
    ];
    for (const [target, body, status, field] of cases) {
      const response = await act<ApiError>(target, body);
      assert.equal(response.status, status, JSON.stringify(body));
      assert.ok(response.body.error.length > 0);
      if (field) assert.equal(response.body.field, field, JSON.stringify(body));
    }
    assert.deepEqual(await stored(key), before);
    assert.equal((await getProblem('rv-nope/1')).status, 404);
  });
});

describe('bulk review', () => {
  it('approves the whole filter match, not just a page, only after the confirmed count', async () => {
    const filter = { batch: A, status: 'pending' as const, coherenceMax: 0.2 };
    const match = await list(`batch=${A}&status=pending&coherenceMax=0.2&limit=1`);
    const n = match.body.total;
    assert.ok(n >= 3, `fixture gives several matches (${n})`);
    const countsBefore = (await list(`batch=${A}&limit=1`)).body.counts;

    const wrong = await callRoute<ApiError>(bulkRoute, '/api/review/bulk', {
      filter,
      action: 'approve',
      reviewer: REVIEWER,
      expected: n + 1,
    });
    assert.equal(wrong.status, 409);
    assert.deepEqual((await list(`batch=${A}&limit=1`)).body.counts, countsBefore);

    const done = await callRoute<{ matched: number; changed: number }>(bulkRoute, '/api/review/bulk', {
      filter,
      action: 'approve',
      reviewer: REVIEWER,
      expected: n,
    });
    assert.equal(done.status, 200);
    assert.deepEqual(done.body, { matched: n, changed: n });
    const countsAfter = (await list(`batch=${A}&limit=1`)).body.counts;
    assert.equal(countsAfter.approved, countsBefore.approved + n);
    assert.equal(countsAfter.pending, countsBefore.pending - n);
    assert.equal((await list(`batch=${A}&status=pending&coherenceMax=0.2&limit=1`)).body.total, 0);
  });

  it('rejects a bulk reject without reasons and a bulk over a bad filter, naming the field', async () => {
    const noReason = await callRoute<ApiError>(bulkRoute, '/api/review/bulk', {
      filter: { batch: B },
      action: 'reject',
      reviewer: REVIEWER,
      expected: 1,
    });
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.field, 'reasons');
    const badFilter = await callRoute<ApiError>(bulkRoute, '/api/review/bulk', {
      filter: { status: 'gone' },
      action: 'approve',
      reviewer: REVIEWER,
      expected: 1,
    });
    assert.equal(badFilter.status, 400);
    assert.equal(badFilter.body.field, 'filter.status');
  });
});

describe('near duplicates', () => {
  it('flags and links a planted near copy, and only it, comparing a batch against older problems', async () => {
    const result = await flagNearDuplicates();
    assert.equal(result.problems, 18);
    assert.equal(result.flagged, 2, 'the near copy and its original');
    const copy = (await getProblem(keysA[11]!)).body;
    assert.equal(copy.duplicate, true);
    assert.deepEqual(
      copy.duplicates.map((d) => d.key),
      [keysA[2]],
    );
    assert.ok(copy.duplicates[0]!.similarity >= 0.7);
    const original = (await getProblem(keysA[2]!)).body;
    assert.deepEqual(
      original.duplicates.map((d) => d.key),
      [keysA[11]],
    );
    assert.deepEqual(
      (await list('duplicate=yes&limit=100')).body.items.map((p) => p.key).sort(),
      [keysA[11], keysA[2]].sort(),
    );

    // A new batch repeating an older statement is linked to it when only that batch is recomputed.
    const [key] = keysOf(
      await seedFixtureBatch('rv-c', 1, {
        scenarios: 3,
        now: 3_000_000,
        textSeed: [...A].reduce((sum, c) => sum + c.charCodeAt(0), 0),
      }),
    );
    const perBatch = await flagNearDuplicates({ batchId: 'rv-c' });
    assert.deepEqual(perBatch, { problems: 1, flagged: 1 });
    const fresh = (await getProblem(key!)).body;
    assert.equal(fresh.duplicates.length, 1);
    assert.equal(fresh.duplicates[0]!.key, keysA[0], 'linked to the older problem it repeats');
    assert.equal((await getProblem(keysA[11]!)).body.duplicate, true, 'older links are kept');
  });
});

describe('progress and Explore', () => {
  it('counts approved, rejected and pending per batch and overall', async () => {
    const { status, body } = await callRoute<ReviewProgress>(progressRoute, '/api/review/progress');
    assert.equal(status, 200);
    const total = body.batches.reduce((sum, b) => sum + b.total, 0);
    assert.equal(body.overall.total, total);
    const a = body.batches.find((b) => b.id === A)!;
    assert.equal(a.total, 12);
    assert.equal(a.name, `Fixture ${A}`);
    assert.equal(a.pending + a.approved + a.rejected, 12);
    assert.deepEqual(a, { ...a, ...(await list(`batch=${A}&limit=1`)).body.counts });
    assert.ok(body.scenarios.length >= 3);
  });

  it('lists the problems that used an element with their status, and 404s an unknown element', async () => {
    const view = (await getProblem(keysA[0]!)).body;
    const scenario = view.elements[0]!;
    const { status, body } = await withParams<ElementProblems>(elementProblemsRoute as never, { id: scenario.id });
    assert.equal(status, 200);
    const expected = await list(`element=${q(scenario.id)}&limit=100`);
    assert.equal(body.total, expected.body.total);
    assert.deepEqual(body.counts, expected.body.counts);
    assert.ok(body.problems.some((p) => p.key === keysA[0] && p.role === 'scenario'));
    assert.equal(
      (await withParams<ApiError>(elementProblemsRoute as never, { id: 'Scenario:no such scenario' })).status,
      404,
    );
    const bad = await withParams<ApiError>(elementProblemsRoute as never, { id: 'nocolon' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.field, '(request)');
  });
});

describe('export', () => {
  it('streams exactly the approved problems as SFT JSONL, each with its latest revision', async () => {
    // One approved problem gets edited after approval: the export must carry the edit.
    const approvedKey = (await list(`batch=${A}&status=approved&limit=1`)).body.items[0]!.key;
    const before = (await getProblem(approvedKey)).body;
    const edited = await act(approvedKey, {
      action: 'edit',
      version: before.version,
      reviewer: REVIEWER,
      statement: 'The latest statement.',
      answerCode: 'def latest():\n    return 42',
    });
    assert.equal(edited.status, 200);

    const { status, headers, text } = await exportText('status=approved&format=sft');
    assert.equal(status, 200);
    assert.match(headers.get('content-disposition') ?? '', /attachment; filename="problems-approved-sft-/);
    const lines = text.split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    const records = lines.map((line) => JSON.parse(line) as { messages: Array<{ role: string; content: string }> });
    const approved = (await list('status=approved&limit=100')).body;
    assert.ok(approved.total > 0, 'some problems are approved');
    assert.equal(records.length, approved.total);
    for (const record of records)
      assert.deepEqual(
        record.messages.map((m) => m.role),
        ['user', 'assistant'],
      );
    const titles = records.map((r) => r.messages[0]!.content.split('\n')[0]);
    assert.deepEqual(titles.sort(), approved.items.map((p) => `# ${p.title}`).sort());
    const latest = records.find((r) => r.messages[0]!.content.includes('The latest statement.'));
    assert.ok(latest, 'the edited problem is exported with its latest statement');
    assert.match(latest.messages[1]!.content, /```python\ndef latest\(\):\n {4}return 42\n```/);
    assert.ok(!text.includes(before.statement), 'the superseded statement is not exported');

    const batchOnly = await exportText(`status=approved&format=sft&batch=${B}`);
    assert.equal(
      batchOnly.text.split('\n').filter(Boolean).length,
      (await list(`batch=${B}&status=approved&limit=100`)).body.total,
    );
  });

  it('exports full metadata: elements, batch parameters, metrics, reviewer, timestamps and revisions', async () => {
    const { text } = await exportText(`status=approved&format=full&batch=${A}`);
    type FullRecord = {
      statement: string;
      revisions: Array<{ number: number; statement: string }>;
      elements: Array<{ role: string }>;
      batch: { id: string; params: { count: number } };
      metrics: { coherence: number };
      review: { reviewer: string; reviewedAt: number; events: unknown[] };
      createdAt: number;
    };
    const records = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as FullRecord);
    assert.equal(records.length, (await list(`batch=${A}&status=approved&limit=100`)).body.total);
    const edited = records.find((r) => r.revisions.length > 0);
    assert.ok(edited);
    assert.equal(edited.statement, 'The latest statement.');
    assert.deepEqual(
      edited.revisions.map((r) => r.number),
      [0, 1],
    );
    assert.equal(edited.revisions[1]!.statement, 'The latest statement.');
    assert.equal(edited.elements[0]!.role, 'scenario');
    assert.equal(edited.batch.id, A);
    assert.equal(edited.batch.params.count, 12);
    assert.equal(typeof edited.metrics.coherence, 'number');
    assert.equal(edited.review.reviewer, REVIEWER);
    assert.ok(edited.review.reviewedAt > edited.createdAt);
    assert.equal(edited.review.events.length, 2);
  });

  it('exports the same through the CLI, to a file', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'scogen-export-')), 'approved.jsonl');
    const { stderr } = await promisify(execFile)(
      'node_modules/.bin/tsx',
      ['--conditions=react-server', 'scripts/export.ts', '--status', 'approved', '--format', 'sft', '--out', out],
      { env: process.env },
    );
    const fromCli = readFileSync(out, 'utf8');
    assert.equal(fromCli, (await exportText('status=approved&format=sft')).text);
    assert.match(stderr, /Exported \d+ approved problem/);
    await assert.rejects(
      promisify(execFile)(
        'node_modules/.bin/tsx',
        ['--conditions=react-server', 'scripts/export.ts', '--format', 'csv'],
        { env: process.env },
      ),
      /--format must be sft, full or triplet/,
    );
  });

  it('answers 400 naming the field for a bad export query', async () => {
    const { status, text } = await exportText('format=csv');
    assert.equal(status, 400);
    assert.equal((JSON.parse(text) as ApiError).field, 'format');
  });
});

describe("recompute duplicates (the page's button)", () => {
  it('recomputes all links through the API, and names a bad field', async () => {
    const { status, body } = await callRoute<{ problems: number; flagged: number }>(
      duplicatesRoute,
      '/api/review/duplicates',
      {},
    );
    assert.equal(status, 200);
    assert.equal(body.problems, 19);
    assert.equal(body.flagged, (await list('duplicate=yes&limit=100')).body.total);
    assert.ok(body.flagged >= 2, 'the planted pair at least');
    const bad = await callRoute<ApiError>(duplicatesRoute, '/api/review/duplicates', { batch: 5 });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.field, 'batch');
  });
});
