import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { documentRecordSchema } from '../domain/document-record';
import { extractionRecordSchema } from '../domain/extraction-record';
import { chatJson } from './client';
import type { FailureClass } from './errors';
import { LlmError } from './errors';
import { extractionRequest } from './extraction-request';
import { loadPrompt } from './prompts';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import { stubTestConfig } from '@/test-support/llm-stub/test-config';
import { UsageTotals } from './usage';

const documents = readFileSync('data/sample/documents.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 5)
  .map((line) => documentRecordSchema.parse(JSON.parse(line)));
const document = documents[0]!;

let stub: RunningStub;
before(async () => {
  stub = await startStub();
});
after(() => stub.close());
beforeEach(() => {
  stub.configure({});
  stub.resetStats();
});

function extract(overrides: Record<string, string> = {}, fault?: string) {
  return chatJson({
    ...extractionRequest(document),
    config: stubTestConfig(stub.baseUrl, overrides),
    headers: fault ? { 'x-stub-fault': fault } : undefined,
  });
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof LlmError, `expected an LlmError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

describe('chatJson against the stub', () => {
  it('extracts schema-valid elements with JSON-schema output, usage and the prompt hash', async () => {
    assert.equal(documents.length, 5);
    for (const doc of documents) {
      const { data, usage } = await chatJson({ ...extractionRequest(doc), config: stubTestConfig(stub.baseUrl) });
      const record = extractionRecordSchema.parse({ docId: doc.id, source: doc.source, title: doc.title, ...data });
      assert.ok(record.scenarios.length >= 1 && record.knowledge.length > 0, JSON.stringify(record));
      assert.equal(usage.attempts, 1);
      assert.equal(usage.model, 'scogen-stub');
      assert.equal(usage.promptHash, loadPrompt('extract').hash);
      assert.ok(usage.promptTokens > 0 && usage.totalTokens === usage.promptTokens + usage.completionTokens);
    }
    const [one, two] = [await extract(), await extract()];
    assert.deepEqual(one.data, two.data, 'replies are deterministic');
  });

  it('works in JSON mode (LLM_STRUCTURED=json_object) with the schema stated in the prompt', async () => {
    const { data, usage } = await extract({ LLM_STRUCTURED: 'json_object' });
    assert.ok(data.scenarios.length > 0);
    assert.equal(usage.attempts, 1);
  });

  const faults: Array<{ fault: string; failureClass: FailureClass; requests: number }> = [
    { fault: 'rate_limit', failureClass: 'rate_limited', requests: 3 },
    { fault: 'server_error', failureClass: 'server_error', requests: 3 },
    { fault: 'quota', failureClass: 'quota', requests: 1 },
    { fault: 'truncated', failureClass: 'truncated', requests: 1 },
    { fault: 'refusal', failureClass: 'refused', requests: 1 },
    { fault: 'invalid_json', failureClass: 'invalid_output', requests: 2 },
    { fault: 'not-a-fault', failureClass: 'bad_request', requests: 1 },
  ];
  for (const { fault, failureClass, requests } of faults) {
    it(`x-stub-fault ${fault} ends in ${failureClass} after ${requests} request(s)`, async () => {
      const error = await failure(extract({ LLM_MAX_RETRIES: '2' }, fault));
      assert.equal(error.failureClass, failureClass, error.message);
      assert.equal(stub.stats.requests, requests);
      assert.equal(error.usage?.attempts, requests);
    });
  }

  it('a Retry-After of 3600 s is capped: retries succeed without stalling', async () => {
    stub.configure({ fault: 'rate_limit', failFirst: 2, retryAfter: '3600' });
    const { value, ms } = await timed(() => extract({ LLM_MAX_RETRY_WAIT_MS: '50' }));
    assert.equal(value.usage.attempts, 3);
    assert.equal(stub.stats.requests, 3);
    assert.ok(ms < 1_000, `took ${ms} ms`);
  });

  it('a server error that clears is retried to success', async () => {
    stub.configure({ fault: 'server_error', failFirst: 1 });
    const { usage } = await extract();
    assert.equal(usage.attempts, 2);
  });

  it('an invalid reply is repaired once', async () => {
    stub.configure({ fault: 'invalid_json', failFirst: 1 });
    const { data, usage } = await extract();
    assert.ok(data.scenarios.length > 0);
    assert.equal(usage.attempts, 2);
    assert.ok(usage.completionTokens > 0, 'the failed reply still counts');
  });

  it('a hang ends in timeout after bounded attempts', async () => {
    const { value: error, ms } = await timed(() =>
      failure(extract({ LLM_TIMEOUT_MS: '100', LLM_MAX_RETRIES: '1' }, 'hang')),
    );
    assert.equal(error.failureClass, 'timeout', error.message);
    assert.equal(error.usage?.attempts, 2);
    assert.equal(stub.stats.requests, 2);
    assert.ok(ms < 1_500, `took ${ms} ms`);
  });

  it('keeps at most LLM_CONCURRENCY requests in flight per endpoint', async () => {
    const config = stubTestConfig(stub.baseUrl, { LLM_CONCURRENCY: '3' });
    await Promise.all(
      documents
        .concat(documents)
        .map((doc) => chatJson({ ...extractionRequest(doc), config, headers: { 'x-stub-fault': 'latency:50' } })),
    );
    assert.equal(stub.stats.requests, 10);
    assert.equal(stub.stats.maxInFlight, 3);
  });

  it('sums usage over a run, failed calls included', async () => {
    const totals = new UsageTotals();
    const results = await Promise.all(
      documents.slice(0, 3).map((doc) => chatJson({ ...extractionRequest(doc), config: stubTestConfig(stub.baseUrl) })),
    );
    for (const { usage } of results) totals.add(usage);
    const error = await failure(extract({}, 'invalid_json'));
    totals.add(error.usage, true);
    const expected = [...results.map((r) => r.usage), error.usage!];
    assert.deepEqual(totals.toJSON(), {
      calls: 4,
      failedCalls: 1,
      attempts: 5,
      promptTokens: expected.reduce((sum, u) => sum + u.promptTokens, 0),
      completionTokens: expected.reduce((sum, u) => sum + u.completionTokens, 0),
      totalTokens: expected.reduce((sum, u) => sum + u.totalTokens, 0),
    });
  });

  it('says what to set when the task has no model', async () => {
    const config = {
      ...stubTestConfig(stub.baseUrl),
      models: { extract: undefined, select: undefined, synthesize: undefined, answer: undefined, verify: undefined },
    };
    const error = await failure(chatJson({ ...extractionRequest(document), config }));
    assert.equal(error.failureClass, 'not_configured');
    assert.match(error.message, /LLM_MODEL_EXTRACT or LLM_MODEL/);
    assert.equal(stub.stats.requests, 0);
  });
});
