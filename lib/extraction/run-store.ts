import 'server-only';
import { readQuery, writeQuery } from '../db/driver';
import type { ExtractionProgress } from './run';
import type { ExtractionRunView } from './run-types';
import type { StoredRun } from './rows';

// Extraction runs live in Neo4j, so every app instance behind a load balancer lists, watches and cancels the
// same runs, and one whose instance died is taken over by another (runs.ts). The uploaded file is stored in
// chunks beside its run: the database is the one place every instance shares, and a run is only claimable
// once its whole file is there.

/** Characters per stored chunk of an upload (a 50 MB upload is about 50 chunks, each its own transaction). */
const CHUNK_CHARS = 1 << 20;
/** Finished runs kept for the Ingest page. */
const KEEP_RUNS = 20;

/** Splits text into chunks of at most `size` UTF-16 units, preferring line ends and never splitting a surrogate pair. */
export function chunkText(text: string, size = CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end - 1);
      if (newline >= start) end = newline + 1;
      else if (/[\udc00-\udfff]/.test(text[end]!)) end -= 1;
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

export interface NewRun {
  id: string;
  name: string;
  text: string;
  jaccard: number;
  isStub: boolean;
  startedBy: ExtractionRunView['startedBy'];
  runner: string;
  leaseMs: number;
}

/** Stores the upload's chunks, then the run, leased to `runner`. */
export async function createRun(run: NewRun): Promise<void> {
  const chunks = chunkText(run.text);
  for (const [index, text] of chunks.entries())
    await writeQuery('extraction/run/upload-chunk', { runId: run.id, index, text });
  await writeQuery('extraction/run/create', {
    id: run.id,
    name: run.name,
    isStub: run.isStub,
    startedById: run.startedBy?.id ?? null,
    startedByName: run.startedBy?.name ?? null,
    jaccard: run.jaccard,
    chunks: chunks.length,
    runner: run.runner,
    leaseMs: run.leaseMs,
    keep: KEEP_RUNS,
  });
}

/** The uploaded file of a run, as it was sent. */
export async function runUpload(id: string): Promise<string> {
  const rows = await readQuery('extraction/run/upload', { runId: id });
  return rows.map((r) => r.text).join('');
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A stored run as the browser sees it. */
export function runView(run: StoredRun): ExtractionRunView {
  return {
    id: run.id,
    name: run.name,
    state: run.state,
    startedAt: iso(run.startedAt)!,
    finishedAt: iso(run.finishedAt),
    error: run.error,
    isStub: run.isStub,
    startedBy: run.startedById === null ? null : { id: run.startedById, name: run.startedByName ?? run.startedById },
    curation: run.curation === null ? null : (JSON.parse(run.curation) as ExtractionRunView['curation']),
    progress:
      run.total === null
        ? null
        : {
            total: run.total,
            done: run.done ?? 0,
            fromCache: run.fromCache ?? 0,
            extracted: run.extracted ?? 0,
            failed: run.failed ?? 0,
          },
    summary: run.summary === null ? null : (JSON.parse(run.summary) as ExtractionRunView['summary']),
    cancelRequested: run.cancelRequested,
    takeovers: run.takeovers,
  };
}

export async function listRuns(): Promise<ExtractionRunView[]> {
  return (await readQuery('extraction/run/list', { limit: KEEP_RUNS })).map((r) => runView(r.run));
}

export async function getRun(id: string): Promise<ExtractionRunView | undefined> {
  const [row] = await readQuery('extraction/run/get', { id });
  return row && runView(row.run);
}

/** Flags a run for cancelling (a run nobody holds is cancelled at once); undefined when there is no such run. */
export async function requestCancel(id: string): Promise<ExtractionRunView | undefined> {
  const [row] = await writeQuery('extraction/run/cancel', { id });
  return row && runView(row.run);
}

/** What a working instance writes at a checkpoint and at the end. */
export interface RunReport {
  state: ExtractionRunView['state'];
  curation: ExtractionRunView['curation'];
  progress: ExtractionProgress | null;
}

/** Renews the lease and stores the report: 'cancel' when asked to stop, 'lost' when the lease is gone, else 'ok'. */
export async function checkpoint(
  id: string,
  runner: string,
  leaseMs: number,
  report: RunReport,
): Promise<'ok' | 'cancel' | 'lost'> {
  const [row] = await writeQuery('extraction/run/checkpoint', {
    id,
    runner,
    leaseMs,
    state: report.state,
    curation: report.curation && JSON.stringify(report.curation),
    progress: report.progress,
  });
  if (!row) return 'lost';
  return row.cancelRequested ? 'cancel' : 'ok';
}

/** Ends a run held by `runner`; false when the lease was lost (another instance owns the run now). */
export async function finishRun(
  id: string,
  runner: string,
  report: RunReport & { error: string | null; summary: ExtractionRunView['summary'] },
): Promise<boolean> {
  const rows = await writeQuery('extraction/run/finish', {
    id,
    runner,
    state: report.state,
    error: report.error,
    summary: report.summary && JSON.stringify(report.summary),
    curation: report.curation && JSON.stringify(report.curation),
    progress: report.progress,
  });
  return rows.length > 0;
}

/** Leases the oldest active run whose lease expired to `runner`, or null when there is none. */
export async function claimRun(runner: string, leaseMs: number): Promise<{ id: string; jaccard: number } | null> {
  const [row] = await writeQuery('extraction/run/claim', { runner, leaseMs });
  return row ?? null;
}
