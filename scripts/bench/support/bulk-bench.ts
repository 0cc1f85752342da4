import 'server-only';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { formatCount, progressBar } from '../../../lib/cli/progress';
import { closeDriver } from '../../../lib/db/driver';
import { resetLocal, startLocal, type LocalNeo4j } from '../../../lib/db/local-neo4j';
import { applySchema } from '../../../lib/db/schema';
import { bulkLoadFile } from '../../../lib/graph/bulk-load';
import { ingestFile } from '../../../lib/graph/ingest-file';
import { graphCounts } from '../../../lib/graph/stats';
import { syntheticCorpus } from './synthetic-corpus';

/** Writes the first `documents` synthetic records to `base`, the next `extra` (new ids) to `more`. */
async function writeCorpora(base: string, more: string, documents: number, extra: number, seed: number) {
  const outs = [createWriteStream(base), createWriteStream(more)];
  let i = 0;
  for (const record of syntheticCorpus({ documents: documents + extra, seed })) {
    const out = outs[i++ < documents ? 0 : 1]!;
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  for (const out of outs) {
    out.end();
    await once(out, 'finish');
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/**
 * bench:ingest --bulk: the batched incremental ingest of a slice into an empty graph (baseline), the bulk
 * load of `documents` into an empty graph, then the incremental ingest of `extra` new documents into it.
 */
export async function bulkBench(
  db: LocalNeo4j,
  options: { documents: number; extra: number; slice: number; seed: number; chunkSize: number },
): Promise<void> {
  const { documents, extra, slice, seed, chunkSize } = options;
  const base = `.data/bench/synthetic-${documents}-${seed}.jsonl`;
  const more = `.data/bench/synthetic-${documents}-${seed}-next-${extra}.jsonl`;
  const sliceFile = `.data/bench/synthetic-${slice}-${seed}-slice.jsonl`;
  const t0 = performance.now();
  await writeCorpora(base, more, documents, extra, seed);
  await writeCorpora(sliceFile, '/dev/null', slice, 0, seed);
  console.log(`corpora written in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${base}, ${more}, ${sliceFile}`);

  console.log(
    `baseline: batched incremental ingest (${formatCount(chunkSize)} docs/tx) of the first ${formatCount(slice)} documents into an empty graph…`,
  );
  await closeDriver();
  await resetLocal(db);
  await startLocal(db, { log: () => {} });
  await applySchema();
  const baseline = await ingestFile(sliceFile, { chunkSize });
  const baselineRate = baseline.documents / baseline.seconds;
  console.log(
    `batched (empty graph):  ${formatCount(baseline.documents)} docs in ${baseline.seconds.toFixed(1)} s = ${formatCount(baselineRate)} docs/s`,
  );

  await closeDriver();
  await resetLocal(db);
  let bar = progressBar('read   ', documents, 'lines');
  let phase = 'read';
  const rss0 = process.resourceUsage().maxRSS * 1024;
  const bulk = await bulkLoadFile(base, {
    importerOutput: 'ignore',
    workDir: '.data/bench/bulk-import',
    onProgress: (next, done, all) => {
      if (next !== phase) {
        bar.stop();
        phase = next;
        if (next === 'pairs') bar = progressBar('pairs  ', all, 'pair occurrences');
      }
      if (next === 'read' || next === 'pairs') bar.update(done);
    },
  });
  bar.stop();
  const rss = process.resourceUsage().maxRSS * 1024;
  const bulkRate = bulk.totals.documents / bulk.seconds.total;
  console.log(
    `bulk (empty graph):     ${formatCount(bulk.totals.documents)} docs in ${bulk.seconds.total.toFixed(1)} s = ${formatCount(bulkRate)} docs/s ` +
      `(start + empty check ${bulk.seconds.open.toFixed(1)} s, read + CSV ${bulk.seconds.prepare.toFixed(1)} s, stop + import + start ${bulk.seconds.import.toFixed(1)} s, schema ${bulk.seconds.schema.toFixed(1)} s); ` +
      `${formatCount(bulk.totals.elements)} elements, ${formatCount(bulk.totals.mentions)} MENTIONS, ${formatCount(bulk.totals.coOccurrences)} CO_OCCURS; ` +
      `peak RSS of this process ${mb(rss)} (before: ${mb(rss0)})`,
  );
  console.log(
    `  ratio bulk/batched: ${(bulkRate / baselineRate).toFixed(1)}x; target ≥ 6,000 docs/s: ${bulkRate >= 6000 ? 'met' : 'NOT met'}`,
  );

  const incremental = await ingestFile(more, { chunkSize });
  const incRate = incremental.documents / incremental.seconds;
  const counts = await graphCounts();
  console.log(
    `incremental into the ${formatCount(documents)}-document graph: ${formatCount(incremental.created)} new docs in ${incremental.seconds.toFixed(1)} s = ${formatCount(incRate)} docs/s ` +
      `(graph now ${formatCount(counts.documents)} documents, ${formatCount(counts.coOccurrences)} CO_OCCURS); target ≥ 1,500 docs/s: ${incRate >= 1500 ? 'met' : 'NOT met'}`,
  );
  console.log(`  ratio incremental(populated)/batched(empty): ${(incRate / baselineRate).toFixed(2)}x`);
}
