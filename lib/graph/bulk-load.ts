import 'server-only';
import { rmSync } from 'node:fs';
import { closeDriver, readQuery } from '../db/driver';
import { importIntoLocal, isLocalUri, localDbOf, startLocal, stopLocal } from '../db/local-neo4j';
import { applySchema } from '../db/schema';
import { AppError } from '../domain/errors';
import { serverEnv } from '../env';
import { BulkGraphWriter, importArguments, type BulkFiles, type BulkTotals } from './bulk-files';
import { readLines, validateFile, type BadLine } from './ingest-file';
import { parseExtractionLine } from './prepare-document';
import { graphCounts } from './stats';

export type BulkPhase = 'read' | 'pairs' | 'import' | 'schema';

export interface BulkLoadOptions {
  /** Write nothing at all when any line is bad. */
  strict?: boolean;
  /** Where the importer's CSV files go (default .data/bulk-import); removed after a local import. */
  workDir?: string;
  keepFiles?: boolean;
  /** The importer's own progress output: shown (default) or dropped. */
  importerOutput?: 'inherit' | 'ignore';
  onProgress?: (phase: BulkPhase, done: number, total: number) => void;
}

export interface BulkLoadResult {
  lines: number;
  bad: BadLine[];
  aborted: boolean;
  totals: BulkTotals;
  files?: BulkFiles;
  /** Set when NEO4J_URI names another server: the command to run there with the files. */
  remoteCommand?: string;
  /** open: starting the embedded DB and checking it is empty; prepare: reading the file and writing the CSVs. */
  seconds: { open: number; prepare: number; import: number; schema: number; total: number };
}

/** Raised when a bulk load would replace data: the incremental ingest is the path for a populated graph. */
export class GraphNotEmptyError extends AppError {
  override name = 'GraphNotEmptyError';
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

async function assertEmpty(): Promise<void> {
  const [row] = await readQuery('graph/bulk/node-count');
  const nodes = row?.nodes ?? 0;
  if (nodes > 0) {
    throw new GraphNotEmptyError(
      `The database holds ${nodes} node(s); a bulk load replaces the whole database, so it only runs on an empty one. ` +
        'To add documents to a populated graph use the incremental ingest: npm run ingest -- <extractions.jsonl>',
    );
  }
}

/**
 * Loads an extractions JSONL file into an EMPTY graph with Neo4j's bulk importer: the documents are
 * aggregated into CSV files (BulkGraphWriter), the embedded database is stopped, imported into, started,
 * given its schema, and its counts checked. With NEO4J_URI naming another server only the files are
 * written and the neo4j-admin command to run on that server is returned.
 */
export async function bulkLoadFile(path: string, options: BulkLoadOptions = {}): Promise<BulkLoadResult> {
  const started = performance.now();
  const env = serverEnv();
  const local = isLocalUri(env);
  const db = localDbOf(env);
  const seconds = { open: 0, prepare: 0, import: 0, schema: 0, total: 0 };
  const empty: BulkTotals = { documents: 0, elements: 0, mentions: 0, coOccurrences: 0, weight: 0 };
  if (local) await startLocal(db, { log: () => {} });
  // A remote server is checked too: the printed command overwrites its database.
  await assertEmpty();
  seconds.open = (performance.now() - started) / 1000;
  const t0 = performance.now();
  if (options.strict) {
    const { lines, bad } = await validateFile(path);
    if (bad.length > 0) return { lines, bad, aborted: true, totals: empty, seconds };
  }

  const writer = new BulkGraphWriter(options.workDir ?? '.data/bulk-import');
  const bad: BadLine[] = [];
  let lines = 0;
  for await (const { text, line } of readLines(path)) {
    lines = line;
    if (text.trim() === '') continue;
    const result = parseExtractionLine(text, line);
    if (!result.ok) bad.push({ line: result.line, docId: result.docId, reason: result.reason });
    else await writer.add(result.document, line);
    if ((line & 0x3fff) === 0) options.onProgress?.('read', line, 0);
  }
  options.onProgress?.('read', lines, lines);
  const { files, totals } = await writer.finish((done, total) => options.onProgress?.('pairs', done, total));
  seconds.prepare = (performance.now() - t0) / 1000;

  const args = importArguments(files);
  if (!local) {
    const remoteCommand = ['neo4j-admin', 'database', 'import', 'full', ...args].map(shellQuote).join(' ');
    seconds.total = (performance.now() - started) / 1000;
    return { lines, bad, aborted: false, totals, files, remoteCommand, seconds };
  }

  options.onProgress?.('import', 0, 1);
  const t1 = performance.now();
  await closeDriver();
  await stopLocal(db);
  importIntoLocal(db, [...args, `--report-file=${files.dir}/import.report`], options.importerOutput ?? 'inherit');
  await startLocal(db, { log: () => {} });
  seconds.import = (performance.now() - t1) / 1000;
  options.onProgress?.('schema', 0, 1);
  const t2 = performance.now();
  await applySchema();
  seconds.schema = (performance.now() - t2) / 1000;

  const counts = await graphCounts();
  const elements = Object.values(counts.elements).reduce((a, b) => a + b, 0);
  const got = { documents: counts.documents, elements, mentions: counts.mentions, coOccurrences: counts.coOccurrences };
  for (const [name, value] of Object.entries(got)) {
    const want = totals[name as keyof BulkTotals];
    if (value !== want) throw new AppError(`Bulk load imported ${value} ${name}, but the file gives ${want}`);
  }
  if (!options.keepFiles) rmSync(files.dir, { recursive: true, force: true });
  seconds.total = (performance.now() - started) / 1000;
  return { lines, bad, aborted: false, totals, files: options.keepFiles ? files : undefined, seconds };
}
