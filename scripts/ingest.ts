// npm run ingest -- <extractions.jsonl> [--strict] [--chunk-size N] [--documents <documents.jsonl>]
// npm run ingest -- --bulk <extractions.jsonl> [--strict] [--keep-files] [--documents <documents.jsonl>]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatCount, progressBar } from '../lib/cli/progress';
import { runCli } from '../lib/cli/run';
import { applySchema } from '../lib/db/schema';
import { AppError } from '../lib/domain/errors';
import { attachDocumentText } from '../lib/graph/attach-documents';
import { bulkLoadFile } from '../lib/graph/bulk-load';
import { countLines, ingestFile, type IngestSummary } from '../lib/graph/ingest-file';
import { graphCounts } from '../lib/graph/stats';

const USAGE =
  'usage: npm run ingest -- [--bulk [--keep-files]] <extractions.jsonl> [--strict] [--chunk-size N] [--documents <documents.jsonl>]';

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

async function attachText(documents: string | undefined): Promise<number> {
  if (documents === undefined) return 0;
  const text = await attachDocumentText(documents);
  console.log(
    `  text:      ${formatCount(text.attached)} of ${formatCount(text.documents)} documents in ${documents} matched a Document node`,
  );
  for (const line of text.bad) console.error(`  ${documents} line ${line.line}: ${line.reason}`);
  return text.bad.length;
}

/** --bulk: Neo4j's bulk importer into an empty graph (lib/graph/bulk-load.ts). */
async function bulk(
  file: string,
  values: { strict: boolean; 'keep-files': boolean; documents?: string; 'chunk-size'?: string },
): Promise<number> {
  if (values['chunk-size'] !== undefined) throw new AppError('--chunk-size does not apply to --bulk');
  const total = await countLines(file);
  let bar = progressBar('read   ', total, 'lines');
  let phase = 'read';
  const result = await bulkLoadFile(file, {
    strict: values.strict,
    keepFiles: values['keep-files'],
    onProgress: (next, done, all) => {
      if (next !== phase) {
        bar.stop();
        phase = next;
        if (next === 'pairs') bar = progressBar('pairs  ', all, 'pair occurrences');
        else console.log(next === 'import' ? 'running neo4j-admin database import full…' : 'applying the schema…');
      }
      if (next === 'read' || next === 'pairs') bar.update(done);
    },
  });
  bar.stop();
  const { totals, seconds } = result;
  if (result.aborted) {
    console.log(`\nNothing written from ${file}: --strict and ${result.bad.length} bad line(s)`);
  } else if (result.remoteCommand) {
    console.log(
      `\nNEO4J_URI names another server: no data was written. The importer's files are in ${result.files!.dir}.`,
    );
    console.log('Copy them to that server (keeping the paths, or editing them below), stop its database, and run:');
    console.log(`\n  ${result.remoteCommand}\n`);
    console.log('then start it and run `npm run db:start` (or any ingest) here to create the constraints and indexes.');
  } else {
    console.log(
      `\nBulk-loaded ${file} in ${seconds.total.toFixed(1)} s (${formatCount(totals.documents / seconds.total)} documents/s): ` +
        `prepare ${seconds.prepare.toFixed(1)} s, import ${seconds.import.toFixed(1)} s, schema ${seconds.schema.toFixed(1)} s`,
    );
  }
  console.log(
    `  ${formatCount(totals.documents)} documents, ${formatCount(totals.elements)} elements, ${formatCount(totals.mentions)} MENTIONS, ${formatCount(totals.coOccurrences)} CO_OCCURS (counts verified in the database)`.replace(
      result.remoteCommand || result.aborted ? ' (counts verified in the database)' : '\u0000',
      '',
    ),
  );
  for (const bad of result.bad.slice(0, 50))
    console.error(`  line ${bad.line}${bad.docId ? ` (docId ${JSON.stringify(bad.docId)})` : ''}: ${bad.reason}`);
  const textBad = result.aborted || result.remoteCommand ? 0 : await attachText(values.documents);
  return result.bad.length + textBad > 0 ? 1 : 0;
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      'chunk-size': { type: 'string' },
      documents: { type: 'string' },
      bulk: { type: 'boolean', default: false },
      'keep-files': { type: 'boolean', default: false },
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

  if (values.bulk) return bulk(file, values);

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
  if (!summary.aborted) bad += await attachText(values.documents);
  return bad > 0 ? 1 : 0;
});
