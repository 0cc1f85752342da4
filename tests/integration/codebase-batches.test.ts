// Codebase batches (issue 16, UCD-Training) end to end against the real database, the real sandbox and the
// stub LLM over HTTP: a small batch of all three families over the shopkit fixture codebase.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { POST as launchRoute } from '@/app/api/batches/route';
import type { ApiError } from '@/lib/api/respond';
import { addCodebase } from '@/lib/codebase';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { forgetServerEnv } from '@/lib/env';
import { exportLines } from '@/lib/review/export';
import { listProblems, problemByKey } from '@/lib/review/queries';
import { exportQuerySchema, listQuerySchema } from '@/lib/review/schemas';
import { closeSandbox, openSandbox, sandboxStatus } from '@/lib/sandbox';
import { planFamilies, type CodeSelection } from '@/lib/synthesis/codebase-items';
import { codebaseFiles, verifyCodebaseAnswer } from '@/lib/verification/codebase-answer';
import { queueBatch, queueSize, Verifier } from '@/lib/verification/worker';
import { SynthesisRunner } from '@/lib/synthesis/runner';
import { batchDetail, batchSummary } from '@/lib/synthesis/store';
import type { BatchSummary } from '@/lib/synthesis/types';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import { assertTestDatabase, clearGraph } from './helpers';
import { waitFor } from '../../test-support/wait-for';

const FIXTURE = path.join(process.cwd(), 'tests', 'fixtures', 'codebase', 'shopkit', 'shopkit');
const CODEBASE = 'shopkit@0.3.0';

let stub: RunningStub;
const runners: SynthesisRunner[] = [];

before(async () => {
  assertTestDatabase();
  stub = await startStub();
  Object.assign(process.env, { LLM_BASE_URL: stub.baseUrl, LLM_MODEL: 'scogen-stub', LLM_RETRY_BASE_MS: '1' });
  forgetServerEnv();
  assert.ok(sandboxStatus().available, `the sandbox must run for these tests: ${sandboxStatus().problem}`);
  await clearGraph();
  const added = await addCodebase({ dir: FIXTURE });
  assert.equal(added.key, CODEBASE);
  assert.deepEqual(added.failed, []);
});
after(async () => {
  await closeSandbox();
  await stub.close();
  await closeDriver();
});
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

async function launch(body: Record<string, unknown>): Promise<{ status: number; body: BatchSummary & ApiError }> {
  const request = new Request('http://localhost/api/batches', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'codebase', ...body }),
  });
  const response = await launchRoute(request, {} as never);
  return { status: response.status, body: (await response.json()) as BatchSummary & ApiError };
}

describe('codebase batches over the shopkit fixture', () => {
  it('refuses an unknown codebase by name, and invalid family mixes or chain lengths', async () => {
    const unknown = await launch({ codebase: 'nosuch@1.0', families: { relation: 1 } });
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.error, /Codebase nosuch@1\.0 is not stored/);
    assert.match(unknown.body.error, /shopkit@0\.3\.0/, 'names the stored codebases');
    const empty = await launch({ codebase: CODEBASE, families: { relation: 0 } });
    assert.equal(empty.status, 400);
    assert.match(JSON.stringify(empty.body), /at least one task/);
    const long = await launch({ codebase: CODEBASE, families: { compositional: 1 }, chainLength: 5 });
    assert.equal(long.status, 400);
    assert.match(JSON.stringify(long.body), /chainLength/);
    const missing = await launch({ families: { relation: 1 } });
    assert.equal(missing.status, 400);
    assert.match(JSON.stringify(missing.body), /codebase/);
  });

  it('makes relation, compositional and utilization tasks: exact answers, sandbox-verified code, USES links', async () => {
    const families = { relation: 8, compositional: 3, utilization: 3 };
    const { status, body } = await launch({ codebase: CODEBASE, families, seed: 7, chainLength: 3, complexity: 2 });
    assert.equal(status, 201, body.error);
    assert.equal(body.count, 14);
    runners.push(new SynthesisRunner({ concurrency: 4 }).start());
    const done = await waitFor(
      'the codebase batch to finish',
      async () => {
        const b = await batchSummary(body.id);
        return b.status === 'done' ? b : undefined;
      },
      180_000,
    );
    const detail = await batchDetail(body.id);
    assert.equal(done.failed, 0, JSON.stringify(detail.failures));
    assert.equal(done.done, 14);
    assert.deepEqual(detail.params.codebase?.plan, planFamilies(families, 7), 'the plan is the seeded interleaving');

    const page = await listProblems(listQuerySchema.parse({ batch: body.id, kind: 'codebase', limit: 100 }));
    assert.equal(page.total, 14, 'the review kind filter finds every task');
    const byFamily = { relation: 0, compositional: 0, utilization: 0 } as Record<string, number>;
    const relations = new Set<string>();
    let compositionalKey: string | null = null;
    for (const summary of page.items) {
      const task = await problemByKey(summary.key);
      assert.equal(task.kind, 'codebase');
      assert.equal(task.codebaseKey, CODEBASE);
      assert.equal(task.family, detail.params.codebase!.plan[task.index]);
      byFamily[task.family!] = (byFamily[task.family!] ?? 0) + 1;
      const uses = await readQuery('testing/codebase-uses', { key: task.key });
      assert.ok(uses.length > 0, `${task.key}: USES links to code nodes`);
      assert.deepEqual(
        task.codeUses.map((u) => u.key).sort(),
        uses.map((u) => u.key).sort(),
        'review shows every used element',
      );
      for (const use of task.codeUses) assert.ok(use.key.startsWith(`${CODEBASE}:`) && use.qualname);
      assert.equal(
        task.verification.verifyStatus,
        'passed',
        `${task.key}: ${task.verificationDetail?.attempts[0]?.message}`,
      );

      const stored = JSON.parse(
        (await readQuery('testing/review-stored', { key: task.key }))[0]!.problem.codeSelection as string,
      ) as CodeSelection;
      if (stored.family === 'relation') {
        relations.add(stored.relation);
        const expected = (
          await readQuery('testing/codebase-relation-answer', {
            subject: stored.subject.key,
            relation: stored.relation,
          })
        ).map((r) => r.name);
        assert.ok(expected.length > 0);
        assert.deepEqual(
          task.relationAnswer,
          expected,
          `${stored.relation} of ${stored.subject.qualname}: the graph's exact answer`,
        );
        assert.equal(task.answerCode, expected.join('\n'));
        assert.ok(task.statement.includes(stored.subject.qualname) || task.statement.includes(stored.subject.name));
        assert.match(task.verificationDetail!.attempts[0]!.message, /Verified by construction/);
        assert.deepEqual(
          uses.filter((u) => u.role === 'subject').map((u) => u.key),
          [stored.subject.key],
        );
        assert.equal(uses.filter((u) => u.role === 'answer').length, expected.length);
      } else {
        assert.equal(task.relationAnswer, null);
        const attempt = task.verificationDetail!.attempts[0]!;
        assert.ok(
          attempt.counts.total >= 4 && attempt.counts.passed === attempt.counts.total,
          JSON.stringify(attempt.counts),
        );
        assert.match(task.verificationDetail!.fingerprint ?? '', /^cpython-/, 'run in the sandbox');
        if (stored.family === 'compositional') {
          compositionalKey ??= task.key;
          assert.equal(stored.chain.length, 3);
          assert.deepEqual(
            uses.map((u) => u.role),
            ['chain', 'chain', 'chain'],
          );
          for (const [i, link] of stored.chain.entries())
            assert.ok(task.answerCode.includes(`step_${i + 1} =`) && task.answerCode.includes(link.fn.name));
        } else {
          assert.ok(stored.apis.length >= 1);
          assert.equal(uses.filter((u) => u.role === 'subject').length, 1);
        }
      }
    }
    assert.deepEqual(byFamily, families);
    assert.ok(relations.size >= 3, `several relations asked (${[...relations].join(', ')})`);

    // The compositional answer passed against the real codebase; broken answers fail, and without the codebase it cannot run.
    const task = await problemByKey(compositionalKey!);
    const tests = task.verificationDetail!.tests;
    const again = await verifyCodebaseAnswer(CODEBASE, task.answerCode, tests, { worker: 'test' });
    assert.equal(again.status, 'passed', again.attempts[0]!.message);
    const noFeed = task.answerCode.replace(/: value\}\)/g, ': None})');
    assert.notEqual(noFeed, task.answerCode);
    const broken = await verifyCodebaseAnswer(CODEBASE, noFeed, tests, { worker: 'test' });
    assert.equal(broken.status, 'failed', 'an answer that does not pass results on fails');
    const wrongApi = task.answerCode.replace(/^step_2 = .*$/m, 'step_2 = step_1');
    assert.equal((await verifyCodebaseAnswer(CODEBASE, wrongApi, tests, { worker: 'test' })).status, 'failed');
    const ghost = await verifyCodebaseAnswer(
      CODEBASE,
      `from shopkit.money import no_such_api\n${task.answerCode}`,
      tests,
      { worker: 'test' },
    );
    assert.equal(ghost.status, 'error', 'an API the codebase does not have cannot even be imported');
    assert.match(`${ghost.attempts[0]!.message}\n${ghost.attempts[0]!.output}`, /no_such_api/);
    const files = await codebaseFiles(CODEBASE);
    assert.deepEqual(
      files.map((f) => f.path),
      ['shopkit/__init__.py', 'shopkit/cart.py', 'shopkit/catalog.py', 'shopkit/errors.py', 'shopkit/money.py'],
    );
    const without = await openSandbox().run({ solution: task.answerCode, tests });
    assert.equal(without.status, 'missing_package', 'the codebase comes only from /task/lib');

    // Exports carry kind and family (and the relation's answer).
    const sft: Array<{ kind: string; family: string; answer?: string[]; messages: Array<{ content: string }> }> = [];
    for await (const line of exportLines(exportQuerySchema.parse({ format: 'sft', status: 'all', batch: body.id })))
      sft.push(JSON.parse(line));
    assert.equal(sft.length, 14);
    assert.ok(sft.every((l) => l.kind === 'codebase'));
    const relationLine = sft.find((l) => l.family === 'relation')!;
    assert.ok(relationLine.answer && relationLine.answer.length > 0);
    assert.equal(relationLine.messages[1]!.content, relationLine.answer.join('\n'));
    const full: Array<{ kind: string; family: string; codebase: string }> = [];
    for await (const line of exportLines(exportQuerySchema.parse({ format: 'full', status: 'all', batch: body.id })))
      full.push(JSON.parse(line));
    assert.ok(full.every((l) => l.kind === 'codebase' && l.codebase === CODEBASE && l.family));
    const triplets: Array<{ kind: string; family: string }> = [];
    for await (const line of exportLines(exportQuerySchema.parse({ format: 'triplet', status: 'all', batch: body.id })))
      triplets.push(JSON.parse(line));
    assert.equal(triplets.length, 6, 'compositional and utilization tasks have tests; relation questions have none');
    assert.ok(triplets.every((l) => l.kind === 'codebase' && l.family !== 'relation'));
  });

  it('on the demo codebase larder: every family passes verification honestly against the real package', async () => {
    const larder = await addCodebase({ dir: path.join(process.cwd(), 'data', 'codebases', 'larder') });
    assert.deepEqual(larder.failed, []);
    const families = { relation: 2, compositional: 4, utilization: 2 };
    const { status, body } = await launch({ codebase: larder.key, families, seed: 11, chainLength: 3 });
    assert.equal(status, 201, body.error);
    runners.push(new SynthesisRunner({ concurrency: 4 }).start());
    const done = await waitFor(
      'the larder batch to finish',
      async () => {
        const b = await batchSummary(body.id);
        return b.status === 'done' ? b : undefined;
      },
      180_000,
    );
    const detail = await batchDetail(body.id);
    assert.equal(done.failed, 0, JSON.stringify(detail.failures));
    const page = await listProblems(listQuerySchema.parse({ batch: body.id, kind: 'codebase', limit: 100 }));
    assert.equal(page.total, 8);
    const verifiedAt = new Map<string, number>();
    for (const summary of page.items) {
      const task = await problemByKey(summary.key);
      assert.equal(
        task.verification.verifyStatus,
        'passed',
        `${task.family} ${task.key}: ${task.verificationDetail?.attempts[0]?.message}\n${task.verificationDetail?.attempts[0]?.output.slice(-2000)}`,
      );
      assert.ok(task.codeUses.length > 0);
      verifiedAt.set(task.key, task.verificationDetail!.verifiedAt!);
    }

    // "Verify again" runs a codebase task its own way: the stored tests against the codebase (no LLM tests).
    const before = new Map(page.items.map((p) => [p.key, p]));
    assert.equal(await queueBatch(body.id, 'test'), 8);
    const verifier = new Verifier({ concurrency: 3, idleMs: 50 }).start();
    try {
      await waitFor(
        'the verification queue to drain',
        async () => {
          const size = await queueSize();
          return size.queued + size.leased === 0 ? size : undefined;
        },
        120_000,
      );
    } finally {
      await verifier.stop();
    }
    for (const key of before.keys()) {
      const task = await problemByKey(key);
      assert.equal(task.verification.verifyStatus, 'passed', `${task.family} ${key} verified again`);
      assert.equal(task.verification.verifyAttempts, 1);
      assert.ok(task.verificationDetail!.verifiedAt! > verifiedAt.get(key)!, 'a new result was stored');
      if (task.family !== 'relation') assert.match(task.verificationDetail!.fingerprint ?? '', /^cpython-/);
      else assert.equal(task.verificationDetail!.fingerprint, `graph:${larder.key}`);
    }
  });
});
