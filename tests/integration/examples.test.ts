import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { POST as launchRoute } from '@/app/api/batches/route';
import type { ApiError } from '@/lib/api/respond';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { parseExamples, type ExamplesRecord } from '@/lib/domain/examples';
import { forgetServerEnv } from '@/lib/env';
import { generateExamples } from '@/lib/examples/generate';
import { loadSample } from '@/lib/graph/sample-corpus';
import { ConflictError } from '@/lib/domain/errors';
import { exportLines } from '@/lib/review/export';
import { listProblems, problemByKey } from '@/lib/review/queries';
import { regenerateExamples } from '@/lib/review/regenerate-examples';
import { exportQuerySchema, listQuerySchema } from '@/lib/review/schemas';
import { closeSandbox, openSandbox, sandboxStatus } from '@/lib/sandbox';
import { SynthesisRunner } from '@/lib/synthesis/runner';
import { batchSummary } from '@/lib/synthesis/store';
import { assembleStatement } from '@/lib/synthesis/requests';
import type { BatchSummary } from '@/lib/synthesis/types';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import { stubProblem } from '@/test-support/llm-stub/replies';
import { stubTestConfig } from '@/test-support/llm-stub/test-config';
import { assertTestDatabase, clearGraph } from './helpers';
import { waitFor } from '../../test-support/wait-for';

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
  });
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
beforeEach(() => stub.configure({}));
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

async function launch(count: number, verify: { attempts: number; examples?: number }): Promise<BatchSummary> {
  const request = new Request('http://localhost/api/batches', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      selection: 'all',
      weighting: 'docCount',
      complexity: 'C2',
      temperature: 1,
      lambda: 0.25,
      seed: 7,
      count,
      verify: { enabled: true, ...verify },
    }),
  });
  const response = await launchRoute(request, {} as never);
  const body = (await response.json()) as BatchSummary & ApiError;
  assert.equal(response.status, 201, body.error);
  const runner = new SynthesisRunner({ concurrency: 4 }).start();
  runners.push(runner);
  return body;
}

const finished = (id: string) =>
  waitFor(
    'the batch to finish',
    async () => {
      const b = await batchSummary(id);
      return ['done', 'failed', 'cancelled'].includes(b.status) ? b : undefined;
    },
    120_000,
  );

/** The stub's problem (summarize(records)) run through generateExamples with another solution. */
async function examplesFor(solution: string, count = 8): Promise<ExamplesRecord> {
  const problem = stubProblem('Scenario: tests', 'seed');
  const { record } = await generateExamples(
    { title: problem.title, statement: assembleStatement(problem), signature: problem.signature },
    solution,
    {
      count,
      sandbox: openSandbox(),
      config: stubTestConfig(stub.baseUrl),
      signal: new AbortController().signal,
      headers: {},
    },
  );
  return record;
}

const calls = (record: ExamplesRecord) => record.examples.map((e) => [JSON.parse(e.input), e.output ?? e.error?.type]);

describe('executed examples against the stub and the real sandbox', () => {
  it('a verified batch stores the outputs observed by running the kept solution, never the model’s claims', async () => {
    // verifySeed 0, k = 3: item 3 passes no attempt, so it keeps no examples.
    const batch = await launch(4, { attempts: 3, examples: 8 });
    const done = await finished(batch.id);
    assert.equal(done.status, 'done');
    const problems = await readQuery('testing/examples-problems', { id: batch.id });
    assert.equal(problems.length, 4);
    for (const p of problems.filter((q) => q.keptAttempt !== -1)) {
      const record = parseExamples(p.examples)!;
      assert.equal(p.examplesStatus, 'kept', `item ${p.index}: ${p.examplesReason}`);
      assert.equal(record.entry, 'summarize');
      assert.equal(record.returned, 10, 'asked for 8 + 2 spare; the stub writes as many');
      // The stub claims {'count': 99} for one record and so on: every stored output is the real count.
      assert.deepEqual(calls(record), [
        [{ records: [{ id: 1 }] }, "{'count': 1}"],
        [{ records: [] }, "{'count': 0}"],
        [{ records: [{ id: 1 }, { id: 2 }, { id: 3 }] }, "{'count': 3}"],
        [{ records: [{ id: 1 }, { name: 'no id' }] }, 'ValueError'],
        [{ records: [1, 2, 3, 4, 5].map((id) => ({ id })) }, "{'count': 5}"],
        [{ records: Array.from({ length: 12 }, (_, i) => ({ id: i + 1 })) }, "{'count': 12}"],
      ]);
      assert.equal(record.examples[3]!.error!.message, 'record without id', 'the promised ValueError is an example');
      assert.equal(record.claimsWrong, 6);
      // Dropped: the non-JSON input, `rows=` (not in the signature), records=5 (breaks the constraints), a repeat.
      assert.deepEqual(record.dropped, {
        invalid_input: 1,
        signature_mismatch: 1,
        violates_constraints: 1,
        duplicate: 1,
      });
      assert.equal(record.unsandboxed, false);
      assert.equal(record.fingerprint, sandboxStatus().fingerprint);
      assert.equal(p.examplesCount, 6);
    }
    const failed = problems.find((q) => q.keptAttempt === -1)!;
    assert.equal(failed.index, 3);
    assert.equal(failed.examplesStatus, 'none');
    assert.equal(failed.examplesReason, 'verification kept no passing solution to run');
    assert.equal(stub.stats.tagged[`${failed.key}/examples`], undefined, 'no model call for it');

    // The exported statement carries the Examples section with the observed outputs.
    const lines: string[] = [];
    for await (const line of exportLines(exportQuerySchema.parse({ format: 'sft', status: 'all', batch: batch.id })))
      lines.push(line);
    const first = JSON.parse(lines[0]!) as { messages: { content: string }[] };
    assert.match(
      first.messages[0]!.content,
      /## Examples\n\n```python\n>>> summarize\(records=\[\{"id": 1\}\]\)\n\{'count': 1\}/,
    );
    assert.match(first.messages[0]!.content, /raises ValueError: record without id/);
    assert.doesNotMatch(first.messages[0]!.content, /'count': 99/);
  });

  it('regenerating the examples leaves a revision (the old ones stay in revision 0); a stale version writes nothing', async () => {
    const page = await listProblems(listQuerySchema.parse({ status: 'pending', verify: 'passed', limit: 1 }));
    const before = await problemByKey(page.items[0]!.key);
    assert.equal(before.examples?.status, 'kept');
    stub.configure({});
    const after = await regenerateExamples(before.key, before.version, { id: 'u-1', name: 'Ada' });
    assert.equal(after.version, before.version + 1);
    assert.deepEqual(
      after.revisions.map((r) => [r.number, r.note ?? null]),
      [
        [0, null],
        [1, 'examples regenerated'],
      ],
    );
    assert.ok(after.examples!.generatedAt > before.examples!.generatedAt, 'a new run');
    assert.deepEqual(
      after.examples!.examples,
      before.examples!.examples,
      'the stub writes the same inputs: same outputs',
    );
    assert.equal(after.events.at(-1)!.action, 'examples');
    assert.equal(after.statement, before.statement, 'the statement itself is untouched');
    await assert.rejects(regenerateExamples(before.key, before.version, { id: 'u-1', name: 'Ada' }), ConflictError);
    assert.equal((await problemByKey(before.key)).version, after.version);
  });

  it('outputs that depend on randomness or hash ordering are dropped (two runs, two hash seeds)', async () => {
    const random = await examplesFor(
      [
        'import random',
        '',
        'def summarize(records):',
        '    return {"count": len(records), "draw": random.random()}',
      ].join('\n'),
    );
    assert.equal(random.status, 'none');
    // Six inputs return (the other four are dropped before they compare); every one differs between runs.
    assert.equal(random.dropped.nondeterministic, 6);
    const ordering = await examplesFor(
      [
        'def summarize(records):',
        '    for record in records:',
        '        if "id" not in record:',
        '            raise ValueError("record without id")',
        '    return {"count": len(records), "keys": {f"k{r[\'id\']}" for r in records}}',
      ].join('\n'),
    );
    // A set of strings prints in hash order: the 0- and 1-record sets agree, larger ones do not.
    assert.deepEqual(
      ordering.examples.map((e) => e.output ?? e.error?.type),
      ["{'count': 1, 'keys': {'k1'}}", "{'count': 0, 'keys': set()}", 'ValueError'],
    );
    assert.equal(ordering.dropped.nondeterministic, 3);
    assert.equal(ordering.status, 'kept');
  });

  it('the filter: oversized outputs are dropped, all-exception and too-few-examples problems keep none', async () => {
    const large = await examplesFor('def summarize(records):\n    return "x" * (1000 * len(records))\n');
    // 0 and 1 records fit under 2,000 characters of repr; 2 (the record without id), 3, 5 and 12 do not.
    assert.deepEqual(large.dropped.too_large, 4);
    assert.equal(large.status, 'none');
    assert.equal(large.reason, 'only 2 examples passed the filter (at least 3 needed)');
    assert.deepEqual(large.examples, []);
    const raising = await examplesFor('def summarize(records):\n    raise ValueError("always")\n');
    assert.equal(raising.status, 'none');
    assert.equal(raising.reason, 'every kept output is an exception');
    const broken = await examplesFor('def summarize(records):\n    return 1 / 0\n');
    assert.equal(broken.status, 'none');
    // Eight inputs run (one is not JSON, one repeats); `rows=` misses the signature; the other seven raise.
    assert.equal(broken.dropped.violates_constraints, 7, 'ZeroDivisionError is not what the statement promises');
    const unloadable = await examplesFor(
      'import json\nraise RuntimeError("at import")\n\ndef summarize(records):\n    return 1\n',
    );
    assert.equal(unloadable.status, 'none');
    assert.match(unloadable.reason ?? '', /could not be loaded: RuntimeError: at import/);
  });

  it('a batch asking for 0 examples runs no examples step', async () => {
    const batch = await launch(1, { attempts: 1, examples: 0 });
    await finished(batch.id);
    const [p] = await readQuery('testing/examples-problems', { id: batch.id });
    assert.equal(p!.examples, null);
    assert.equal(stub.stats.tagged[`${p!.key}/examples`], undefined);
  });
});
