// npm run bench:extract — extraction throughput against the in-process stub (200 ms latency,
// concurrency 32, in-memory cache, no Neo4j ingest) and MinHash/LSH dedup throughput on 100,000 documents.
import { readFileSync } from 'node:fs';
import { formatCount } from '../../lib/cli/progress';
import { runCli } from '../../lib/cli/run';
import { memoryExtractionCache } from '../../lib/extraction/cache';
import { Curator } from '../../lib/extraction/curate';
import { documentRecordSchema } from '../../lib/domain/document-record';
import { runExtraction } from '../../lib/extraction/run';
import { startStub } from '../../test-support/llm-stub/server';
import { stubTestConfig } from '../../test-support/llm-stub/test-config';

const LATENCY_MS = 200;
const CONCURRENCY = 32;
const DOCUMENTS = 960;
const DEDUP_DOCUMENTS = 100_000;

function syntheticLines(): string[] {
  const sample = readFileSync('data/sample/documents.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  // Distinct ids and a distinct closing sentence so every document has its own cache key.
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const doc = sample[i % sample.length]!;
    return JSON.stringify({ ...doc, id: `bench-${i}`, body: `${String(doc.body)}\nBench copy number ${i}.` });
  });
}

function vocabularyText(state: { s: number }, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) {
    state.s = (Math.imul(state.s, 1664525) + 1013904223) >>> 0;
    out.push(i % 6 === 0 ? 'the' : `w${state.s % 20_000}`);
  }
  return out.join(' ');
}

runCli(async () => {
  const stub = await startStub();
  try {
    stub.configure({ latencyMs: LATENCY_MS });
    const config = stubTestConfig(stub.baseUrl, { LLM_CONCURRENCY: String(CONCURRENCY), LLM_TIMEOUT_MS: '30000' });
    // Not curated: the synthetic copies share most of their text on purpose.
    const kept = syntheticLines().map((line, i) => ({
      line: i + 1,
      record: documentRecordSchema.parse(JSON.parse(line)),
    }));
    // Warm-up: connections, prompt and JSON schema.
    await runExtraction(
      kept
        .slice(0, CONCURRENCY)
        .map((d) => ({ ...d, record: { ...d.record, id: `warm-${d.record.id}`, body: `${d.record.body} warm` } })),
      { config, cache: memoryExtractionCache(), ingest: false, concurrency: CONCURRENCY },
    );
    stub.resetStats();
    const started = performance.now();
    const summary = await runExtraction(kept, {
      config,
      cache: memoryExtractionCache(),
      ingest: false,
      concurrency: CONCURRENCY,
    });
    const seconds = (performance.now() - started) / 1000;
    const rate = summary.extracted / seconds;
    const ideal = CONCURRENCY / (LATENCY_MS / 1000);
    console.log(
      `extraction: ${formatCount(summary.extracted)} documents in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} documents/s`,
    );
    console.log(
      `  ideal at concurrency ${CONCURRENCY} and ${LATENCY_MS} ms latency: ${ideal} documents/s → ratio ${(rate / ideal).toFixed(3)} (target ≥ 0.9)`,
    );
    console.log(
      `  stub: ${stub.stats.requests} requests, max ${stub.stats.maxInFlight} in flight; failures ${summary.failures.length}`,
    );
  } finally {
    await stub.close();
  }

  const state = { s: 42 };
  const lines: string[] = [];
  let injected = 0;
  for (let i = 0; i < DEDUP_DOCUMENTS; i += 1) {
    let body: string;
    // Every 50th document is a near copy of the one before it (a few words changed at the end).
    if (i % 50 === 49) {
      const previous = JSON.parse(lines[i - 1]!) as { body: string };
      body = `${previous.body.split(' ').slice(0, -4).join(' ')} ${vocabularyText(state, 4)}`;
      injected += 1;
    } else body = vocabularyText(state, 150);
    lines.push(JSON.stringify({ id: `d${i}`, source: 'other', title: `Document ${i}`, body }));
  }
  const curator = new Curator({ minStopwordShare: 0 });
  const started = performance.now();
  lines.forEach((line, i) => curator.add(line, i + 1));
  const seconds = (performance.now() - started) / 1000;
  const c = curator.summary();
  const near = c.duplicates.filter((d) => d.kind === 'near').length;
  console.log(
    `\ndedup: ${formatCount(DEDUP_DOCUMENTS)} synthetic documents (150 words) curated in ${seconds.toFixed(1)} s = ${formatCount(DEDUP_DOCUMENTS / seconds)} documents/s`,
  );
  console.log(`  (parse + length + language + exact hash + MinHash 128 × word 3-shingles + LSH 16×8, Jaccard ≥ 0.8)`);
  console.log(
    `  near duplicates found ${formatCount(near)} of ${formatCount(injected)} injected; kept ${formatCount(c.kept.length)}`,
  );
});
