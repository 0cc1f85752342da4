import 'server-only';
import { readQuery, writeTransaction } from '../db/driver';
import type { RowOf } from '../db/rows';
import { ConflictError } from '../domain/errors';
import { openSandbox, sandboxStatus } from '../sandbox';
import type { SourceFunctions } from '../sandbox/types';
import { documentBlocks } from './blocks';
import { collectDocument, type DocumentScan } from './collect';
import { tallyReasons } from './reasons';
import type { ScanSummary } from './types';

/** The sandbox that parses code blocks is not available here (answered with 409 by the API). */
export class FunctionScanUnavailableError extends ConflictError {
  override name = 'FunctionScanUnavailableError';
}

export interface ScanOptions {
  signal?: AbortSignal;
  /** Called after each page of documents is stored. */
  onProgress?(done: number, total: number): void;
  /** Documents read and stored together. */
  pageSize?: number;
  /** Code blocks per sandbox call. */
  chunkBlocks?: number;
}

function assertSandbox(): void {
  const status = sandboxStatus();
  if (!status.available)
    throw new FunctionScanUnavailableError(
      `Cannot scan for functions: the sandbox that parses code blocks is unavailable. ${status.problem} Fix: ${status.fix}.`,
    );
}

/**
 * Finds every top-level Python function in every document's fenced code blocks (body and answers) with the
 * sandbox's parser and stores them as (:Document)-[:HAS_FUNCTION]->(:Function), eligible or not with its
 * problems. Idempotent: a function whose text is unchanged keeps its node; one that changed or went is removed.
 */
export async function scanFunctions(options: ScanOptions = {}): Promise<ScanSummary> {
  assertSandbox();
  const { signal, onProgress, pageSize = 100, chunkBlocks = 200 } = options;
  const started = performance.now();
  const scannedAt = new Date().toISOString();
  const [{ documents: total } = { documents: 0 }] = await readQuery('functions/document-count');
  const totals = { documents: 0, blocks: 0, unparsed: 0, untaggedSkipped: 0, functions: 0, eligible: 0, nested: 0 };
  const problemLists: string[][] = [];
  let removed = 0;
  let after: string | null = null;
  for (;;) {
    const docs: Array<RowOf<'functions/documents'>> = await readQuery('functions/documents', {
      after,
      limit: pageSize,
    });
    if (docs.length === 0) break;
    after = docs.at(-1)!.id;
    const blocks = docs.map((doc) => documentBlocks(doc));
    const parsed = await parseBlocks(blocks.flat(), chunkBlocks, signal);
    const page = docs.map((doc, i) => collectDocument(doc.id, blocks[i]!, parsed));
    removed += await store(page, scannedAt);
    for (const scan of page) {
      totals.documents += 1;
      totals.blocks += scan.blocks;
      totals.unparsed += scan.unparsed;
      totals.untaggedSkipped += scan.untaggedSkipped;
      totals.nested += scan.nested;
      totals.functions += scan.functions.length;
      for (const fn of scan.functions)
        if (fn.eligible) totals.eligible += 1;
        else problemLists.push(fn.problems);
    }
    onProgress?.(totals.documents, Math.max(total, totals.documents));
  }
  return { ...totals, reasons: tallyReasons(problemLists), removed, seconds: (performance.now() - started) / 1000 };
}

async function parseBlocks(
  blocks: ReadonlyArray<{ id: string; code: string }>,
  chunkBlocks: number,
  signal: AbortSignal | undefined,
): Promise<Map<string, SourceFunctions>> {
  const parsed = new Map<string, SourceFunctions>();
  for (let i = 0; i < blocks.length; i += chunkBlocks) {
    const sources = blocks.slice(i, i + chunkBlocks).map(({ id, code }) => ({ id, code }));
    const outcome = await openSandbox().findFunctions(sources, signal);
    if (outcome.status === 'sandbox_unavailable') throw new FunctionScanUnavailableError(outcome.message);
    if (outcome.status !== 'done')
      throw new Error(`The sandbox's function parser stopped (${outcome.status}): ${outcome.message}`);
    for (const source of outcome.sources) parsed.set(source.id, source);
  }
  return parsed;
}

async function store(page: readonly DocumentScan[], scannedAt: string): Promise<number> {
  const functions = page.flatMap((doc) =>
    doc.functions.map(({ key, docId, params, docstring, ...rest }) => ({
      key,
      docId,
      props: { ...rest, docstring, params: JSON.stringify(params) },
    })),
  );
  const docs = page.map(({ id, blocks, unparsed, untaggedSkipped, nested, functions: found }) => ({
    id,
    keys: found.map((f) => f.key),
    blocks,
    unparsed,
    untaggedSkipped,
    nested,
  }));
  return writeTransaction(async (query) => {
    const [row] = await query('functions/remove-stale', { docs });
    await query('functions/store', { functions, scannedAt });
    await query('functions/mark-documents', { docs, scannedAt });
    return row?.removed ?? 0;
  });
}

/** Runs a scan when the sandbox is available; otherwise says why it was skipped (the app starts without it). */
export async function scanIfSandboxAvailable(
  options: ScanOptions = {},
): Promise<{ summary: ScanSummary } | { skipped: string }> {
  const status = sandboxStatus();
  if (!status.available) return { skipped: `the sandbox is unavailable (${status.problem} Fix: ${status.fix}.)` };
  return { summary: await scanFunctions(options) };
}
