import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { POST as launchRoute } from '@/app/api/batches/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { elementDetails } from '@/lib/graph/explore';
import { forgetServerEnv } from '@/lib/env';
import { functionCounts, listFunctions, scanFunctions } from '@/lib/functions';
import { loadSample } from '@/lib/graph/sample-corpus';
import { exportLines } from '@/lib/review/export';
import { listProblems, problemByKey } from '@/lib/review/queries';
import { exportQuerySchema, listQuerySchema } from '@/lib/review/schemas';
import { checkHeldBack, type Case2CodeTask } from '@/lib/examples/case2code';
import { closeSandbox, openSandbox, sandboxStatus } from '@/lib/sandbox';
import { SynthesisRunner } from '@/lib/synthesis/runner';
import { batchDetail, batchSummary } from '@/lib/synthesis/store';
import { batchExamples } from '@/lib/examples/summary';
import type { BatchSummary } from '@/lib/synthesis/types';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import { assertTestDatabase, clearGraph } from './helpers';
import { waitFor } from '../../test-support/wait-for';

let stub: RunningStub;
const runners: SynthesisRunner[] = [];

before(async () => {
  assertTestDatabase();
  stub = await startStub();
  Object.assign(process.env, { LLM_BASE_URL: stub.baseUrl, LLM_MODEL: 'scogen-stub', LLM_RETRY_BASE_MS: '1' });
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
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

async function launch(body: Record<string, unknown>): Promise<{ status: number; body: BatchSummary & ApiError }> {
  const request = new Request('http://localhost/api/batches', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'case2code', ...body }),
  });
  const response = await launchRoute(request, {} as never);
  return { status: response.status, body: (await response.json()) as BatchSummary & ApiError };
}

describe('Case2Code tasks from the sample corpus’ real functions', () => {
  it('refuses a batch before any function was found, and names the command', async () => {
    const { status, body } = await launch({});
    assert.equal(status, 409);
    assert.match(body.error, /npm run functions -- scan/);
  });

  it('every task comes from an eligible function, is verified on held-back pairs, and links back to its document', async () => {
    const scan = await scanFunctions();
    const counts = await functionCounts();
    console.log(`[case2code] sample scan: ${JSON.stringify(counts)}`);
    const eligible = await listFunctions({ eligibleOnly: true });
    assert.equal(eligible.length, counts.eligible);
    assert.ok(eligible.length >= 50, `enough eligible functions for a batch of 50 (${eligible.length})`);
    assert.equal(scan.eligible, counts.eligible);

    // Explore's details panel counts each source document's functions (here: the first eligible one's document).
    const docId = eligible[0]!.docId;
    const [mention] = await readQuery('testing/document-mention', { id: docId });
    const details = await elementDetails({
      id: { type: mention!.type, key: mention!.key },
      perType: 5,
      documents: 500,
    } as never);
    const listed = details.documents.find((d) => d.id === docId)!;
    const ofDoc = await listFunctions({ docId });
    assert.deepEqual(
      { functions: listed.functions, eligible: listed.eligible },
      { functions: ofDoc.length, eligible: ofDoc.filter((f) => f.eligible).length },
    );

    const { status, body } = await launch({ seed: 3, shown: 3 });
    assert.equal(status, 201, body.error);
    assert.equal(body.count, eligible.length, 'count left out takes every eligible function');
    runners.push(new SynthesisRunner({ concurrency: 4 }).start());
    const done = await waitFor(
      'the batch to finish',
      async () => {
        const b = await batchSummary(body.id);
        return b.status === 'done' ? b : undefined;
      },
      300_000,
    );
    assert.equal(done.done + done.failed, eligible.length);
    const { failures } = await batchDetail(body.id);
    const funnel = await batchExamples(body.id);
    console.log(`[case2code] ${done.done} tasks kept, ${done.failed} dropped: ${JSON.stringify(funnel)}`);
    // Every dropped function failed the pairs' filter, and the batch page's funnel counts all of them.
    assert.deepEqual(
      failures.map((f) => f.failureClass),
      done.failed > 0 ? ['examples_filtered'] : [],
    );
    assert.equal(funnel.problems, eligible.length);
    assert.equal(funnel.withExamples, done.done);
    assert.equal(
      funnel.without.reduce((n, r) => n + r.count, 0),
      done.failed,
    );
    assert.ok(done.done >= 50, `at least 50 tasks survive the filter (${done.done})`);

    const page = await listProblems(listQuerySchema.parse({ batch: body.id, kind: 'case2code', limit: 100 }));
    assert.equal(page.total, done.done, 'the kind filter finds every task of the batch');
    const none = await listProblems(listQuerySchema.parse({ batch: body.id, kind: 'scenario' }));
    assert.equal(none.total, 0);

    const eligibleKeys = new Set(eligible.map((f) => f.key));
    for (const summary of page.items.slice(0, 25)) {
      const task = await problemByKey(summary.key);
      assert.equal(task.kind, 'case2code');
      assert.ok(task.origin && eligibleKeys.has(task.origin.key), 'made from an eligible function');
      assert.ok(task.origin.document?.id, 'the function links to its document');
      const fn = eligible.find((f) => f.key === task.origin!.key)!;
      assert.equal(task.origin.document!.id, fn.docId);
      assert.equal(task.answerCode, fn.source, 'the answer is the real function');
      const pairs = task.ioPairs!;
      assert.ok(pairs.pairs.length >= 3 && pairs.shown >= 1 && pairs.shown < pairs.pairs.length);
      // The statement shows the first pairs (observed outputs) and none of the held-back ones.
      for (const pair of pairs.pairs.slice(0, pairs.shown))
        assert.ok(task.statement.includes(pair.output ?? pair.error!.type), `${fn.name}: shown pair in the statement`);
      assert.equal(
        task.verification.verifyStatus,
        'passed',
        `${fn.name}: ${task.verificationDetail?.attempts[0]?.message}`,
      );
      assert.equal(task.verificationDetail!.attempts[0]!.counts.total, pairs.pairs.length - pairs.shown);
    }

    // The check is real: an answer that is off on every held-back pair fails verification.
    const sample = await problemByKey(page.items[0]!.key);
    const fn = eligible.find((f) => f.key === sample.origin!.key)!;
    const task = { ...sample.ioPairs!, pairs: sample.ioPairs!.pairs } as unknown as Case2CodeTask;
    const wrong = `${fn.source}\n\n_real = ${fn.name}\n\n\ndef ${fn.name}(*args, **kwargs):\n    return ("changed", _real(*args, **kwargs))\n`;
    const { outcome } = await checkHeldBack(
      { ...fn, docTitle: null, source: wrong },
      task,
      openSandbox(),
      new AbortController().signal,
    );
    assert.equal(outcome.status, 'failed', outcome.message);

    const lines: string[] = [];
    for await (const line of exportLines(exportQuerySchema.parse({ format: 'full', status: 'all', batch: body.id })))
      lines.push(line);
    assert.equal(lines.length, done.done);
    const record = JSON.parse(lines[0]!) as { kind: string; function: { key: string; document: string } };
    assert.equal(record.kind, 'case2code');
    assert.ok(eligibleKeys.has(record.function.key));
  });
});
