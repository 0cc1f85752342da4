// npm run ingest -- <extractions.jsonl> [--strict] [--chunk-size N] [--documents <documents.jsonl>]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatCount, progressBar } from '../lib/cli/progress';
import { runCli } from '../lib/cli/run';
import { applySchema } from '../lib/db/schema';
import { AppError } from '../lib/domain/errors';
import { attachDocumentText } from '../lib/graph/attach-documents';
import { countLines, ingestFile, type IngestSummary } from '../lib/graph/ingest-file';
import { graphCounts } from '../lib/graph/stats';

const USAGE =
  'usage: npm run ingest -- <extractions.jsonl> [--strict] [--chunk-size N] [--documents <documents.jsonl>]';

function printSummary(file: string, summary: IngestSummary, counts: Awaited<ReturnType<typeof graphCounts>>): void {
  const rate = summary.seconds > 0 ? ` (${formatCount(summary.documents / summary.seconds)} documents/s)` : '';
  console.log(
    `\n${summary.aborted ? 'Nothing written from' : 'Ingested'} ${file} in ${summary.seconds.toFixed(1)} s${summary.aborted ? '' : rate}`,
  );
  console.log(
    `  documents: ${formatCount(summary.documents)} valid — ${formatCount(summary.created)} new, ${formatCount(summary.replaced)} replaced, ${formatCount(summary.unchanged)} unchanged`,
  );
  console.log(
    `  skipped:   ${formatCount(summary.bad.length)} bad line(s)${summary.aborted ? ' — --strict: nothing was written' : ''}`,
  );
  console.log(
    `  graph now: ${formatCount(counts.documents)} documents, ${formatCount(counts.coOccurrences)} CO_OCCURS edges`,
  );
  for (const [type, n] of Object.entries(counts.elements))
    console.log(`             ${formatCount(n).padStart(8)} ${type}`);
  if (summary.bad.length > 0) {
    console.error(`\nBad lines in ${file}:`);
    for (const bad of summary.bad.slice(0, 50))
      console.error(`  line ${bad.line}${bad.docId ? ` (docId ${JSON.stringify(bad.docId)})` : ''}: ${bad.reason}`);
    if (summary.bad.length > 50) console.error(`  … and ${summary.bad.length - 50} more`);
  }
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      'chunk-size': { type: 'string' },
      documents: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new AppError(USAGE);
  if (!existsSync(file)) throw new AppError(`No such file: ${file}`);
  if (values.documents !== undefined && !existsSync(values.documents))
    throw new AppError(`No such file: ${values.documents}`);
  const chunkSize = values['chunk-size'] === undefined ? undefined : Number(values['chunk-size']);
  if (chunkSize !== undefined && (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 100_000)) {
    throw new AppError(`--chunk-size must be an integer from 1 to 100000 (got ${values['chunk-size']})`);
  }

  await applySchema();
  const bar = progressBar('ingest', await countLines(file), 'lines');
  const summary = await ingestFile(file, {
    strict: values.strict,
    chunkSize,
    onProgress: ({ lines, documents }) => bar.update(lines, { detail: `${formatCount(documents)} valid documents` }),
  });
  bar.stop();
  printSummary(file, summary, await graphCounts());
  let bad = summary.bad.length;
  if (values.documents !== undefined && !summary.aborted) {
    const text = await attachDocumentText(values.documents);
    console.log(
      `  text:      ${formatCount(text.attached)} of ${formatCount(text.documents)} documents in ${values.documents} matched a Document node`,
    );
    for (const line of text.bad) console.error(`  ${values.documents} line ${line.line}: ${line.reason}`);
    bad += text.bad.length;
  }
  return bad > 0 ? 1 : 0;
});
