// npm run bench:ingest [-- --documents 100000 --seed 20260101 --chunk-size 5000 --naive 2000 --keep]
// npm run bench:ingest -- --bulk [--docs 1000000 --incremental 20000 --slice 20000]: bulk load + incremental into it
// Ingest throughput into a dedicated local Neo4j (port 7689, .data/neo4j-bench), batched vs naive.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { bulkBench } from './support/bulk-bench';
import { syntheticCorpus } from './support/synthetic-corpus';
import { BENCH_DOCUMENTS, BENCH_SEED, selectBenchDatabase } from './support/synthetic-graph';
import { formatCount, progressBar } from '../../lib/cli/progress';
import { runCli } from '../../lib/cli/run';
import { cypher } from '../../lib/db/cypher';
import { closeDriver, getDriver, sessionConfig } from '../../lib/db/driver';
import { resetLocal, startLocal, stopLocal } from '../../lib/db/local-neo4j';
import { applySchema } from '../../lib/db/schema';
import { AppError } from '../../lib/domain/errors';
import { prepareDocument } from '../../lib/graph/prepare-document';
import { ingestChunk } from '../../lib/graph/ingest';
import { ingestFile } from '../../lib/graph/ingest-file';
import { graphCounts } from '../../lib/graph/stats';
import { mulberry32 } from '../../lib/sampling/prng';

async function writeCorpus(file: string, documents: number, seed: number): Promise<string> {
  const out = createWriteStream(file);
  const hash = createHash('sha256');
  for (const record of syntheticCorpus({ documents, seed })) {
    const line = `${JSON.stringify(record)}\n`;
    hash.update(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return hash.digest('hex').slice(0, 16);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new AppError(`--${name} must be a positive integer (got ${value})`);
  return n;
}

/** Relationships per second for plain CREATEs in 10 transactions of count/10, in the bench database. */
async function relationshipCeiling(count: number): Promise<number> {
  const session = getDriver().session(sessionConfig('WRITE'));
  try {
    const nodeIds = (await session.run(cypher('bench/ceiling-nodes'), { count: 5_000 })).records.map(
      (r) => r.get('nodeId') as string,
    );
    const random = mulberry32(1);
    const perTx = count / 10;
    const started = performance.now();
    for (let t = 0; t < 10; t += 1) {
      const pairs = Array.from({ length: 2 * perTx }, () => Math.floor(random() * nodeIds.length));
      await session.executeWrite((tx) => tx.run(cypher('bench/ceiling-relationships'), { nodeIds, pairs }));
    }
    const rate = count / ((performance.now() - started) / 1000);
    await session.run(cypher('bench/ceiling-clear'));
    return rate;
  } finally {
    await session.close();
  }
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string' },
      docs: { type: 'string' },
      bulk: { type: 'boolean', default: false },
      incremental: { type: 'string' },
      slice: { type: 'string' },
      seed: { type: 'string' },
      'chunk-size': { type: 'string' },
      naive: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const documents = positiveInt('docs', values.docs ?? values.documents, values.bulk ? 1_000_000 : BENCH_DOCUMENTS);
  const seed = positiveInt('seed', values.seed, BENCH_SEED);
  const chunkSize = positiveInt('chunk-size', values['chunk-size'], 5_000);
  const naiveCount = positiveInt('naive', values.naive, 2_000);

  const db = selectBenchDatabase();
  if (values.bulk) {
    mkdirSync('.data/bench', { recursive: true });
    const extra = positiveInt('incremental', values.incremental, 20_000);
    await bulkBench(db, { documents, extra, slice: positiveInt('slice', values.slice, 20_000), seed, chunkSize });
    console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    await closeDriver();
    if (!values.keep) await stopLocal(db);
    return;
  }

  mkdirSync('.data/bench', { recursive: true });
  const corpusFile = `.data/bench/synthetic-${documents}-${seed}.jsonl`;
  const t0 = performance.now();
  const digest = await writeCorpus(corpusFile, documents, seed);
  console.log(
    `corpus: ${formatCount(documents)} documents, seed ${seed}, sha256 ${digest}…, written in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${corpusFile}`,
  );

  console.log('fresh bench database (port 7689)…');
  await resetLocal(db);
  await startLocal(db, { log: () => {} });
  await applySchema();

  // Baseline: one transaction per document, on a slice, into the empty database.
  const slice = [...syntheticCorpus({ documents: naiveCount, seed })].map(prepareDocument);
  const naiveBar = progressBar('naive  ', slice.length, 'docs');
  const n0 = performance.now();
  for (const [i, doc] of slice.entries()) {
    await ingestChunk([doc]);
    if (i % 50 === 0) naiveBar.update(i + 1);
  }
  naiveBar.stop();
  const naiveSeconds = (performance.now() - n0) / 1000;
  const naiveCounts = await graphCounts();
  const naiveRate = slice.length / naiveSeconds;
  const naiveRels = (naiveCounts.mentions + naiveCounts.coOccurrences) / naiveSeconds;
  console.log(
    `naive   (1 tx/doc):        ${formatCount(slice.length)} docs in ${naiveSeconds.toFixed(1)} s = ${formatCount(naiveRate)} docs/s, ${formatCount(naiveRels)} relationships/s`,
  );

  // Ceiling: how fast this server writes the cheapest relationships at all, on this machine, now.
  const ceiling = await relationshipCeiling(100_000);
  console.log(
    `ceiling (plain CREATE):   ${formatCount(ceiling)} relationships/s — the server's raw write rate, for scale`,
  );

  await closeDriver();
  await resetLocal(db);
  await startLocal(db, { log: () => {} });
  await applySchema();

  // Batched: the real ingest path (parse, validate, aggregate, UNWIND), whole corpus.
  const bar = progressBar('batched', documents, 'docs');
  const summary = await ingestFile(corpusFile, { chunkSize, onProgress: ({ documents: done }) => bar.update(done) });
  bar.stop();
  const counts = await graphCounts();
  const rate = summary.documents / summary.seconds;
  const relationships = counts.mentions + counts.coOccurrences;
  console.log(
    `batched (${formatCount(chunkSize)} docs/tx): ${formatCount(summary.documents)} docs in ${summary.seconds.toFixed(1)} s = ${formatCount(rate)} docs/s, ` +
      `${formatCount(relationships / summary.seconds)} relationships/s (${formatCount(counts.mentions)} MENTIONS + ${formatCount(counts.coOccurrences)} CO_OCCURS)`,
  );
  const elements = Object.values(counts.elements).reduce((a, b) => a + b, 0);
  console.log(
    `graph: ${formatCount(counts.documents)} documents, ${formatCount(elements)} elements, ${formatCount(counts.coOccurrences)} CO_OCCURS`,
  );
  console.log(`ratio batched/naive: ${(rate / naiveRate).toFixed(1)}x documents/s`);
  const relsPerDoc = relationships / summary.documents;
  console.log(
    `at the plain-CREATE ceiling, ${relsPerDoc.toFixed(1)} relationships/document would allow at most ${formatCount(ceiling / relsPerDoc)} documents/s; ` +
      `batched ingest reaches ${((100 * (relationships / summary.seconds)) / ceiling).toFixed(0)}% of that rate while also merging weights`,
  );
  console.log(`target ≥ 3,000 documents/s: ${rate >= 3000 ? 'met' : 'NOT met'} (${formatCount(rate)})`);
  console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

  await closeDriver();
  if (!values.keep) await stopLocal(db);
});
