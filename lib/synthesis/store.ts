import 'server-only';
import { readQuery, writeQuery, writeTransaction, type TransactionQuery } from '../db/driver';
import { ConflictError, NotFoundError } from '../domain/errors';
import { serverEnv } from '../env';
import type { BatchAction } from '../schemas/batch';
import { announceBatchStatus } from './status-board';
import type {
  BatchActor,
  BatchDetail,
  BatchList,
  BatchParams,
  BatchStatus,
  BatchSummary,
  CoherenceBin,
  CombinationFeature,
  ProblemSample,
  ProblemView,
  RunnerInfo,
} from './types';

/** A Batch node as stored (see MODEL.md). */
export interface StoredBatch {
  id: string;
  name: string;
  status: BatchStatus;
  pauseReason?: string | null;
  params: string;
  samplerQuery: string;
  count: number;
  seed: number;
  strategy: 'random' | 'llm';
  models: string;
  promptHashes: string;
  maxTokens?: number | null;
  nextIndex: number;
  done: number;
  failed: number;
  fallbacks: number;
  flagged: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  createdAt: number;
  startedAt?: number | null;
  finishedAt?: number | null;
  runningSince?: number | null;
  doneAtRunStart: number;
  updatedAt: number;
  /** Who launched it and who cancelled it (absent on batches from before sign-in). */
  launchedById?: string | null;
  launchedByName?: string | null;
  cancelledById?: string | null;
  cancelledByName?: string | null;
}

/** A Problem node as synthesis stores it (see MODEL.md). */
export interface StoredProblem {
  title: string;
  statement: string;
  answerCode: string;
  answerExplanation: string;
  scenarioKey: string;
  scenarioName: string;
  features: string;
  coherence?: number | null;
  flags?: string[] | null;
  selection?: string | null;
  model: string;
  promptHashes: string;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  status: string;
  createdAt: number;
}

const COHERENCE_BINS = 20;
const SAMPLES = 6;
const FAILURE_EXAMPLES = 5;
const EXCERPT = 280;

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** The rate since the batch last started running, and the time to go at that rate. */
function pace(b: StoredBatch, now: number): Pick<BatchSummary, 'perMinute' | 'etaSeconds'> {
  // A finished batch reports its average over the whole run (pauses included).
  if (b.finishedAt && b.startedAt && b.finishedAt > b.startedAt)
    return { perMinute: ((b.done + b.failed) / (b.finishedAt - b.startedAt)) * 60_000, etaSeconds: null };
  const since = b.runningSince;
  const ended = b.done + b.failed - (b.doneAtRunStart ?? 0);
  if (!since || ended <= 0 || now <= since) return { perMinute: null, etaSeconds: null };
  const perSecond = ended / ((now - since) / 1000);
  const left = b.count - b.done - b.failed;
  return { perMinute: perSecond * 60, etaSeconds: b.status === 'running' ? Math.round(left / perSecond) : null };
}

const actorOf = (id: string | null | undefined, name: string | null | undefined): BatchActor | null =>
  id ? { id, name: name ?? id } : null;

export function toSummary(b: StoredBatch, inFlight: number, now: number): BatchSummary {
  return {
    id: b.id,
    name: b.name,
    status: b.status,
    pauseReason: b.pauseReason ?? null,
    strategy: b.strategy,
    count: b.count,
    done: b.done,
    failed: b.failed,
    // Runners report what they work on every few seconds; a done batch has every item stored, so nothing is
    // in flight whatever the last report said (it showed "1 in flight" on a done batch).
    inFlight: b.status === 'done' ? 0 : inFlight,
    tokens: { prompt: b.promptTokens, completion: b.completionTokens, total: b.totalTokens },
    maxTokens: b.maxTokens ?? null,
    createdAt: b.createdAt,
    startedAt: b.startedAt ?? null,
    finishedAt: b.finishedAt ?? null,
    ...pace(b, now),
    launchedBy: actorOf(b.launchedById, b.launchedByName),
    cancelledBy: actorOf(b.cancelledById, b.cancelledByName),
  };
}

export type BatchRow = { batch: StoredBatch; inFlight: number; now: number };

export async function createBatch(
  batch: Omit<
    StoredBatch,
    | 'status'
    | 'nextIndex'
    | 'done'
    | 'failed'
    | 'fallbacks'
    | 'flagged'
    | 'promptTokens'
    | 'completionTokens'
    | 'totalTokens'
    | 'createdAt'
    | 'updatedAt'
    | 'doneAtRunStart'
  >,
  options: { also?: (query: TransactionQuery, summary: BatchSummary) => Promise<void> } = {},
): Promise<BatchSummary> {
  return writeTransaction(async (query) => {
    const [row] = await query('synthesis/create-batch', { batch });
    const summary = toSummary(row!.batch, 0, row!.batch.createdAt);
    await options.also?.(query, summary);
    return summary;
  });
}

export async function listBatches(limit = 200): Promise<BatchList> {
  const [rows, runners] = await Promise.all([readQuery('synthesis/list-batches', { limit }), activeRunners()]);
  return { batches: rows.map((r) => toSummary(r.batch, r.inFlight, r.now)), runners };
}

/** Runners heard from within the lease period (they heartbeat three times per period). */
export async function activeRunners(withinMs = leasePeriodMs()): Promise<RunnerInfo[]> {
  const rows = await readQuery('synthesis/runners', { withinMs });
  return rows.map((r) => r.runner);
}

/** How long a lease lasts before another runner may take the item (SYNTH_LEASE_MS, default 60 s). */
export function leasePeriodMs(): number {
  return serverEnv().SYNTH_LEASE_MS;
}

async function batchRow(id: string): Promise<BatchRow> {
  const [row] = await readQuery('synthesis/batch', { id });
  if (!row) throw new NotFoundError(`No batch with id ${JSON.stringify(id)}`);
  return row;
}

export async function batchSummary(id: string): Promise<BatchSummary> {
  const row = await batchRow(id);
  return toSummary(row.batch, row.inFlight, row.now);
}

const featuresOf = (json: string | undefined) => parseJson<CombinationFeature[]>(json, []);

export async function batchDetail(id: string): Promise<BatchDetail> {
  const row = await batchRow(id);
  const withinMs = leasePeriodMs();
  const [failures, samples, bins, working, alive] = await Promise.all([
    readQuery('synthesis/failures', { id, examples: FAILURE_EXAMPLES }),
    readQuery('synthesis/samples', { id, limit: SAMPLES }),
    readQuery('synthesis/coherence-bins', { id, bins: COHERENCE_BINS }),
    readQuery('synthesis/batch-runners', { id, withinMs }),
    activeRunners(withinMs),
  ]);
  const b = row.batch;
  return {
    ...toSummary(b, row.inFlight, row.now),
    params: parseJson<BatchParams>(b.params, {} as BatchParams),
    samplerQuery: b.samplerQuery,
    models: parseJson(b.models, {}),
    promptHashes: parseJson(b.promptHashes, {}),
    failures: failures.map((f) => ({ failureClass: f.failureClass, count: f.count, examples: f.examples })),
    samples: samples.map(({ problem: p }): ProblemSample => ({
      key: p.key,
      index: p.index,
      title: p.title,
      excerpt: p.statement.length > EXCERPT ? `${p.statement.slice(0, EXCERPT)}…` : p.statement,
      scenarioName: p.scenarioName,
      coherence: p.coherence,
      flags: p.flags ?? [],
      features: featuresOf(p.features),
      createdAt: p.createdAt,
    })),
    coherence: coherenceSummary(bins),
    fallbacks: b.fallbacks,
    flagged: b.flagged,
    runners: working.map((r) => r.runner),
    runnersAlive: alive.length,
  };
}

function coherenceSummary(rows: Array<{ bin: number; count: number; total: number | null }>): BatchDetail['coherence'] {
  const width = 2 / COHERENCE_BINS;
  const bins: CoherenceBin[] = Array.from({ length: COHERENCE_BINS }, (_, i) => ({
    from: -1 + i * width,
    to: -1 + (i + 1) * width,
    count: 0,
  }));
  let count = 0;
  let total = 0;
  let withoutPairs = 0;
  for (const row of rows) {
    if (row.bin < 0) {
      withoutPairs += row.count;
      continue;
    }
    bins[row.bin]!.count += row.count;
    count += row.count;
    total += row.total ?? 0;
  }
  return { bins, mean: count > 0 ? total / count : null, count, withoutPairs };
}

export async function problemView(batchId: string, index: number): Promise<ProblemView> {
  const key = `${batchId}/${index}`;
  const [row] = await readQuery('synthesis/problem', { key });
  if (!row) throw new NotFoundError(`Batch ${batchId} has no problem for item ${index}`);
  const p = row.problem;
  return {
    key,
    batchId,
    batchName: row.batchName ?? batchId,
    index,
    title: p.title,
    statement: p.statement,
    answerCode: p.answerCode,
    answerExplanation: p.answerExplanation,
    scenario: { key: p.scenarioKey, name: p.scenarioName },
    features: featuresOf(p.features),
    coherence: p.coherence ?? null,
    flags: p.flags ?? [],
    selection: p.selection ?? null,
    models: parseJson(p.model, {}),
    promptHashes: parseJson(p.promptHashes, {}),
    tokens: { prompt: p.promptTokens, completion: p.completionTokens, total: p.totalTokens },
    status: p.status,
    createdAt: p.createdAt,
  };
}

/** What a batch action changed, for a caller that records it in the same transaction (the audit log). */
export interface BatchChange {
  from: BatchStatus;
  to: BatchStatus;
  /** Items a retry put back in the queue. */
  requeued: number;
}

/**
 * The status changes of SPEC.md §5 under the batch's lock: pause, resume, cancel, retry failed.
 * The change is its own small transaction, taking the batch's lock alone, so it waits behind no
 * runner's item writes; runners in this process hear of it at once, others at their next status read.
 * A cancel then gives the batch's leased items back to the queue, so their runners store nothing more.
 * `by` is who asked (a cancel stores it); `also` runs in the same transaction after the change.
 */
export async function applyBatchAction(
  id: string,
  request: BatchAction,
  options: { by?: BatchActor; also?: (query: TransactionQuery, change: BatchChange) => Promise<void> } = {},
): Promise<BatchSummary> {
  const status = await writeTransaction(async (query) => {
    const [row] = await query('synthesis/lock-batch', { id });
    if (!row) throw new NotFoundError(`No batch with id ${JSON.stringify(id)}`);
    const b = row.batch;
    let requeued = 0;
    const update = async (changes: Record<string, unknown> & { status: BatchStatus }) => {
      await query('synthesis/update-batch', { id, changes });
      await options.also?.(query, { from: b.status, to: changes.status, requeued });
      return changes.status;
    };
    const runAgain = (maxTokens: number | null | undefined) => {
      const budget = maxTokens === undefined ? (b.maxTokens ?? null) : maxTokens;
      if (budget !== null && b.totalTokens >= budget) {
        throw new ConflictError(
          `The batch has used ${b.totalTokens} tokens, at or over its budget of ${budget}: raise or remove the budget (maxTokens) to go on.`,
          { field: 'maxTokens' },
        );
      }
      const complete = b.done + b.failed >= b.count;
      return {
        status: complete ? ('done' as const) : ('running' as const),
        pauseReason: null,
        maxTokens: budget,
        runningSince: complete ? null : Date.now(),
        doneAtRunStart: b.done + b.failed,
        finishedAt: complete ? (b.finishedAt ?? Date.now()) : null,
      };
    };
    switch (request.action) {
      case 'pause':
        if (b.status !== 'queued' && b.status !== 'running')
          throw new ConflictError(`A ${b.status} batch cannot be paused.`);
        return update({
          status: 'paused',
          pauseReason: options.by ? `Paused by ${options.by.name}.` : 'Paused by a user.',
          runningSince: null,
        });
      case 'resume':
        if (b.status !== 'paused')
          throw new ConflictError(`Only a paused batch can be resumed; this one is ${b.status}.`);
        return update(runAgain(request.maxTokens));
      case 'cancel':
        if (b.status === 'cancelled' || b.status === 'done')
          throw new ConflictError(`A ${b.status} batch cannot be cancelled.`);
        return update({
          status: 'cancelled',
          pauseReason: null,
          runningSince: null,
          finishedAt: Date.now(),
          cancelledById: options.by?.id ?? null,
          cancelledByName: options.by?.name ?? null,
        });
      case 'retry-failed': {
        if (b.status === 'cancelled') throw new ConflictError('A cancelled batch cannot be retried; launch a new one.');
        const [retried] = await query('synthesis/requeue-failed', { id, failureClass: request.failureClass ?? null });
        const n = (requeued = retried?.requeued ?? 0);
        if (n === 0)
          throw new ConflictError(
            request.failureClass ? `No items failed with class ${request.failureClass}.` : 'No failed items to retry.',
          );
        const next = runAgain(request.maxTokens);
        return update({
          ...next,
          failed: b.failed - n,
          status: 'running',
          finishedAt: null,
          runningSince: Date.now(),
          doneAtRunStart: b.done + b.failed - n,
        });
      }
    }
  });
  announceBatchStatus(id, status);
  // Apart from the status change: these item locks are the ones runners' writes take, in their own order.
  if (status === 'cancelled') await writeQuery('synthesis/requeue-leased', { id });
  return batchSummary(id);
}
