import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { curateLines } from '@/lib/extraction/curate';
import { ExtractionAbortedError, runExtraction } from '@/lib/extraction/run';
import { FAULT_FAILURE_CLASSES } from '@/test-support/llm-stub/faults';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import { stubTestConfig } from '@/test-support/llm-stub/test-config';
import { assertTestDatabase, clearGraph, storedDocuments, storedElements } from './helpers';

const sampleLines = readFileSync('data/sample/documents.jsonl', 'utf8').split('\n').filter(Boolean);
const subset = sampleLines.slice(0, 40);

let stub: RunningStub;
before(async () => {
  assertTestDatabase();
  stub = await startStub();
});
after(async () => {
  await stub.close();
  await closeDriver();
});
beforeEach(async () => {
  await clearGraph();
  stub.configure({});
  stub.resetStats();
});

async function extractionNodes(): Promise<number> {
  const rows = await readQuery('extraction/count');
  return Number(rows[0]?.n ?? 0);
}

describe('extraction pipeline against the stub', () => {
  it('takes sample documents to the graph, then a re-run makes no calls', async () => {
    const curation = curateLines(subset);
    assert.equal(curation.kept.length, 40);
    const config = stubTestConfig(stub.baseUrl);
    const seen: number[] = [];
    const first = await runExtraction(curation.kept, { config, onProgress: (p) => seen.push(p.done) });
    assert.equal(first.extracted, 40);
    assert.equal(first.failures.length, 0);
    assert.equal(first.graph.created, 40);
    assert.ok(first.usage.totalTokens > 0 && first.usage.calls === 40);
    assert.equal(seen.at(-1), 40);
    assert.equal(stub.stats.requests, 40);

    const docs = await storedDocuments();
    assert.equal(docs.size, 40);
    assert.ok((await storedElements()).size > 40);
    const [row] = await readQuery('graph/explore/document', { id: curation.kept[0]!.record.id });
    assert.equal(row?.document.body, curation.kept[0]!.record.body, 'the document text is attached');

    const second = await runExtraction(curation.kept, { config });
    assert.deepEqual([second.extracted, second.fromCache, second.graph.unchanged], [0, 40, 40]);
    assert.equal(stub.stats.requests, 40, 'the cache prevents repeat calls');
    assert.equal(await extractionNodes(), 40);
  });

  for (const [fault, failureClass] of FAULT_FAILURE_CLASSES) {
    it(`records ${fault} as ${failureClass} with bounded attempts, and retries it next run`, async () => {
      const curation = curateLines(subset.slice(0, 3));
      stub.configure({ fault, retryAfter: '3600' });
      const config = stubTestConfig(stub.baseUrl, {
        LLM_TIMEOUT_MS: '300',
        LLM_MAX_RETRIES: '2',
        LLM_MAX_RETRY_WAIT_MS: '50',
      });
      const started = performance.now();
      const summary = await runExtraction(curation.kept, { config });
      assert.ok(performance.now() - started < 10_000, 'a Retry-After of 3600 s must not stall the run');
      assert.equal(summary.extracted, 0);
      assert.deepEqual(summary.failedByClass, { [failureClass]: 3 });
      assert.equal(summary.failures.length, 3);
      assert.ok(summary.failures.every((f) => f.failureClass === failureClass && f.line >= 1));
      assert.ok(stub.stats.requests <= 3 * 3, `at most 1 + 2 retries per document, got ${stub.stats.requests}`);
      assert.equal(await extractionNodes(), 0, 'failures are not cached');

      stub.configure({});
      const retry = await runExtraction(curation.kept, { config });
      assert.equal(retry.extracted, 3);
      assert.equal((await storedDocuments()).size, 3);
    });
  }

  it('resumes after a crash: every document extracted exactly once', async () => {
    const curation = curateLines(subset);
    const config = stubTestConfig(stub.baseUrl);
    const crash = new Error('simulated crash');
    await assert.rejects(
      runExtraction(curation.kept, {
        config,
        concurrency: 1,
        ingestBatch: 7,
        onProgress: (p) => {
          if (p.extracted === 15) throw crash;
        },
      }),
      crash,
    );
    assert.equal(stub.stats.requests, 15);
    assert.equal(await extractionNodes(), 15);
    assert.ok((await storedDocuments()).size < 15, 'the unwritten batch is replayed from the cache');

    const resumed = await runExtraction(curation.kept, { config, concurrency: 4 });
    assert.deepEqual([resumed.fromCache, resumed.extracted], [15, 25]);
    assert.equal(stub.stats.requests, 40, 'each document reached the LLM exactly once');
    assert.equal(await extractionNodes(), 40);
    assert.equal((await storedDocuments()).size, 40);
  });

  it('stops on abort with work so far kept, and continues on the next run', async () => {
    const curation = curateLines(subset);
    const config = stubTestConfig(stub.baseUrl);
    stub.configure({ latencyMs: 20 });
    const controller = new AbortController();
    await assert.rejects(
      runExtraction(curation.kept, {
        config,
        concurrency: 4,
        signal: controller.signal,
        onProgress: (p) => p.done === 10 && controller.abort(),
      }),
      ExtractionAbortedError,
    );
    const cachedAfterAbort = await extractionNodes();
    assert.ok(cachedAfterAbort >= 10 && cachedAfterAbort < 40);
    const resumed = await runExtraction(curation.kept, { config, concurrency: 4 });
    assert.equal(resumed.fromCache + resumed.extracted, 40);
    assert.equal(resumed.fromCache, cachedAfterAbort);
    assert.ok(stub.stats.requests <= 40 + 4, 'only the requests in flight at the abort are repeated');
    assert.equal(await extractionNodes(), 40);
  });

  it('reports malformed lines, catches duplicates and never sends a 2 MB document', async () => {
    const [a, b] = subset.map((l) => JSON.parse(l) as { id: string; title: string; body: string; source: string });
    const lines = [
      subset[0]!,
      '{"id": "broken"',
      JSON.stringify({ ...a, id: 'exact-copy' }),
      JSON.stringify({ ...a, id: 'near-copy', body: `${a!.body} Any help appreciated, thanks.` }),
      JSON.stringify({ id: 'huge', source: 'other', title: 'huge', body: 'word '.repeat(400_000) }),
      JSON.stringify({ id: 'no-source', title: 't', body: 'b' }),
      subset[1]!,
    ];
    const curation = curateLines(lines);
    assert.deepEqual(
      curation.bad.map((x) => x.line),
      [2, 6],
    );
    assert.deepEqual(
      curation.duplicates.map((d) => [d.id, d.kind, d.of]),
      [
        ['exact-copy', 'exact', a!.id],
        ['near-copy', 'near', a!.id],
      ],
    );
    assert.deepEqual(
      curation.filtered.map((f) => [f.id, f.reason]),
      [['huge', 'too_large']],
    );
    assert.match(curation.filtered[0]!.detail, /2\.0 MB exceeds the 1\.0 MB limit/);
    const summary = await runExtraction(curation.kept, { config: stubTestConfig(stub.baseUrl) });
    assert.equal(summary.extracted, 2);
    assert.equal(stub.stats.requests, 2, 'only the kept documents reach the LLM');
    assert.deepEqual([...(await storedDocuments()).keys()].sort(), [a!.id, b!.id].sort());
  });
});
