import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setMaxListeners } from 'node:events';
import { writeQuery } from '../db/driver';
import { flagNearDuplicates } from '../duplicates/duplicates';
import { WriteQueue } from './write-queue';
import { chatJson, requireLlmConfig } from '../llm/client';
import { llmConfig, type LlmConfig } from '../llm/config';
import { LlmError } from '../llm/errors';
import { addUsage, noTokens, problemWrite, writeItems, zeroCounters, type Draft, type ItemWrite } from './item-writes';
import { drawAhead, newBatchContext, problemStep, type BatchContext, type DrawnAhead } from './item-steps';
import { answerRequest, assembleStatement } from './requests';
import { leasePeriodMs, parseJson } from './store';
import type { BatchParams } from './types';

export interface RunnerOptions {
  id?: string;
  /** LLM work in flight at once; default the endpoint's LLM_CONCURRENCY. */
  concurrency?: number;
  leaseMs?: number;
  /** How often an idle runner looks for work. */
  pollMs?: number;
  /** Default: the environment's endpoint, read when an item starts. */
  config?: LlmConfig;
  /** Work on this batch only (the CLI). */
  onlyBatch?: string;
  /** Extra request headers per call (tests inject stub faults with them). */
  headersFor?: (item: { batchId: string; index: number; step: 'select' | 'problem' | 'answer' }) => Record<string, string> | undefined;
  log?: (message: string) => void;
}

export interface RunnerStats {
  claimed: number;
  done: number;
  failed: number;
  /** Items whose result was not stored: the lease was lost or the batch cancelled. */
  dropped: number;
  /** Milliseconds spent in database calls, by kind, and how many calls (writes group many items). */
  db: Record<'claim' | 'write' | 'heartbeat', { ms: number; calls: number }>;
  /** Checkpoints, problems and failures written, over all group writes. */
  writtenOps: number;
  /** Milliseconds items spent at the LLM (select, problem, answer), summed over items. */
  workingMs: number;
}

/** An item this runner holds a lease on: waiting to start, at the LLM, or waiting to be written. */
interface Held {
  context: BatchContext;
  index: number;
  draft: Draft | null;
  controller: AbortController;
  stage: 'ready' | 'working' | 'writing';
  /** The random draw and its score, computed for a whole claim at once (random strategy only). */
  ahead?: Promise<DrawnAhead>;
}

/** How often a runner reports its items at the LLM to the batch pages. */
const REPORT_MS = 1_000;

/** An answer slower than this gets its problem step checkpointed first. */
const CHECKPOINT_AFTER_MS = 1_000;

class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

/**
 * A synthesis runner: leases items of running batches from Neo4j, writes each item's problem and
 * answer with the LLM, and stores the Problem. Any number of runners (processes, machines) may share
 * one database: leases expire, so a crashed runner's items go to another, and every write re-checks
 * the lease, so no item is stored twice. Writes are group-committed, and a few items are leased
 * ahead, so the database stays off the LLM calls' critical path.
 */
export class SynthesisRunner {
  readonly id: string;
  readonly stats: RunnerStats = { claimed: 0, done: 0, failed: 0, dropped: 0, db: { claim: { ms: 0, calls: 0 }, write: { ms: 0, calls: 0 }, heartbeat: { ms: 0, calls: 0 } }, writtenOps: 0, workingMs: 0 };
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly held = new Map<string, Held>();
  private readonly contexts = new Map<string, BatchContext>();
  private readonly statuses = new Map<string, string>();
  private readonly work = new Set<Promise<void>>();
  // Writes are off the LLM calls' path: waiting 50 ms for company makes fewer, larger transactions.
  private readonly writes = new WriteQueue<ItemWrite, boolean>((ops) => this.timed('write', () => this.writeAll(ops)), 500, 50);
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private poked = false;
  private beating: Promise<void> | undefined;
  private beatTimer: NodeJS.Timeout | undefined;
  private reportTimer: NodeJS.Timeout | undefined;
  private reported = '';
  private idleReason: string | undefined;

  constructor(private readonly options: RunnerOptions = {}) {
    this.id = options.id ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
    this.leaseMs = options.leaseMs ?? leasePeriodMs();
    this.pollMs = options.pollMs ?? Math.min(1_000, this.leaseMs / 4);
  }

  get concurrency(): number {
    if (this.options.concurrency) return this.options.concurrency;
    const settings = this.options.config ? { configured: true as const, config: this.options.config } : llmConfig();
    return settings.configured ? settings.config.concurrency : 1;
  }

  /** Items at the LLM or not yet written. */
  get busy(): number {
    return [...this.held.values()].filter((h) => h.stage !== 'ready').length;
  }

  private count(stage: Held['stage']): number {
    let n = 0;
    for (const h of this.held.values()) if (h.stage === stage) n += 1;
    return n;
  }

  start(): this {
    if (this.loop) return this;
    // Leases are renewed on their own timer, so a slow claim or a busy event loop cannot let them lapse.
    this.beatTimer = setInterval(() => void this.beat(), this.leaseMs / 3);
    this.reportTimer = setInterval(() => void this.report(), REPORT_MS);
    this.loop = this.beat().then(() => this.run());
    return this;
  }

  /** Stops claiming; in-flight items are aborted and their leases given back, finished ones written. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    for (const item of this.held.values()) if (item.stage !== 'writing') item.controller.abort(new Error('runner stopping'));
    await Promise.allSettled([...this.work]);
    await this.writes.flushed();
    await this.release([...this.held.keys()]);
    clearInterval(this.beatTimer);
    clearInterval(this.reportTimer);
    await this.report();
  }

  /** Asks the work loop for another round: now if it sleeps, else right after the current one. */
  private poke(): void {
    if (this.wake) this.wake();
    else this.poked = true;
  }

  private log(message: string): void {
    this.options.log?.(`[runner ${this.id}] ${message}`);
  }

  private async timed<T>(kind: keyof RunnerStats['db'], work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.stats.db[kind].ms += performance.now() - started;
      this.stats.db[kind].calls += 1;
    }
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.fill();
      } catch (error) {
        this.log(`loop error: ${(error as Error).message}`);
      }
      if (this.stopping) break;
      // Work that ended while fill() was busy asks for another round at once.
      if (this.poked) {
        this.poked = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Tells the batch pages how many items of each batch are at the LLM here (when that changed). */
  private async report(): Promise<void> {
    const working = new Map<string, number>();
    for (const item of this.held.values()) if (item.stage === 'working') working.set(item.context.id, (working.get(item.context.id) ?? 0) + 1);
    const state = JSON.stringify([...working]);
    // Unchanged and idle: nothing to say. Unchanged but busy: refresh, the pages trust reports for 5 s.
    if (state === this.reported && working.size === 0) return;
    this.reported = state;
    await writeQuery('synthesis/runner-load', { id: this.id, batches: [...working.keys()], counts: [...working.values()] }).catch(() => undefined);
  }

  /** Heartbeat, lease renewal and batch status, three times per lease period. */
  private beat(): Promise<void> {
    this.beating ??= this.renew()
      .catch((error: unknown) => this.log(`heartbeat failed: ${(error as Error).message}`))
      .finally(() => {
        this.beating = undefined;
      });
    return this.beating;
  }

  private async renew(): Promise<void> {
    await this.timed('heartbeat', async () => {
      await writeQuery('synthesis/heartbeat', { id: this.id, host: hostname(), pid: process.pid, concurrency: this.concurrency });
      if (this.held.size === 0) return;
      const keys = [...this.held.keys()];
      const kept = await writeQuery<{ key: string; status: string }>('synthesis/renew', { keys, runner: this.id, leaseMs: this.leaseMs });
      const live = new Map(kept.map((row) => [row.key, row.status]));
      for (const [key, item] of this.held) {
        const status = live.get(key);
        if (status !== undefined) this.statuses.set(item.context.id, status);
        if (item.stage === 'writing') continue;
        if (item.stage === 'ready' && (status === undefined || status === 'cancelled')) {
          this.held.delete(key);
          continue;
        }
        // Lost (a cancel requeues its batch's items) or cancelled: stop spending tokens on it.
        if (status === undefined || status === 'cancelled') item.controller.abort(new Error(status === 'cancelled' ? 'batch cancelled' : 'lease lost'));
      }
      await this.releaseStopped();
    });
  }

  /** Items leased ahead for a batch that is no longer running go back to the queue. */
  private async releaseStopped(): Promise<void> {
    const stale = [...this.held].filter(([, h]) => h.stage === 'ready' && this.statuses.get(h.context.id) !== 'running').map(([key]) => key);
    if (stale.length > 0) await this.release(stale);
  }

  private async release(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) this.held.delete(key);
    await writeQuery('synthesis/release', { keys, runner: this.id }).catch((error: unknown) => this.log(`release failed: ${(error as Error).message}`));
  }

  /** Starts ready items up to the concurrency limit and leases more ahead, oldest batch first. */
  private async fill(): Promise<void> {
    if (this.stopping) return;
    const settings = this.options.config ? { configured: true as const } : llmConfig();
    if (!settings.configured) {
      if (this.idleReason !== 'llm') this.log('waiting: no LLM endpoint is configured');
      this.idleReason = 'llm';
      return;
    }
    this.idleReason = undefined;
    await this.releaseStopped();
    this.startReady();
    const concurrency = this.concurrency;
    const ready = this.count('ready');
    // Lease up to four rounds of work ahead, in chunks: fewer, larger claims, and a claim that stalls
    // (about 1 s at times on the bench machine, in the commit) does not leave slots idle.
    const want = 5 * concurrency - this.count('working') - ready;
    if (want < Math.max(1, Math.floor(concurrency / 2)) && ready > 0) return;
    if (want <= 0) return;
    const active = await writeQuery<{ id: string; params: string; maxTokens: number | null; totalTokens: number }>('synthesis/active-batches', { only: this.options.onlyBatch ?? null });
    let room = want;
    for (const batch of active) {
      if (room <= 0) break;
      const claimed = await this.timed('claim', () => writeQuery<{ items: Array<{ index: number; draft: string | null }> }>('synthesis/claim', { batchId: batch.id, limit: room, runner: this.id, leaseMs: this.leaseMs }));
      const items = claimed[0]?.items ?? [];
      if (items.length === 0) {
        await this.settleIfIdle(batch.id);
        continue;
      }
      const context = this.contextOf(batch.id, batch.params);
      context.maxTokens = batch.maxTokens ?? null;
      context.storedTokens = Math.max(context.storedTokens, batch.totalTokens);
      this.statuses.set(batch.id, 'running');
      const fresh: Held[] = [];
      for (const item of items) {
        // Our own lease ran out and we took the item again: it is still ours, in whatever stage.
        if (this.held.has(`${batch.id}/${item.index}`)) continue;
        const controller = new AbortController();
        setMaxListeners(0, controller.signal);
        const held: Held = { context, index: item.index, draft: parseJson<Draft | null>(item.draft, null), controller, stage: 'ready' };
        this.held.set(`${batch.id}/${item.index}`, held);
        if (!held.draft && context.params.strategy === 'random') fresh.push(held);
      }
      drawAhead(context, fresh);
      this.stats.claimed += items.length;
      room -= items.length;
    }
    this.startReady();
  }

  private startReady(): void {
    let free = this.concurrency - this.count('working');
    for (const [key, item] of this.held) {
      if (free <= 0) break;
      if (item.stage !== 'ready' || this.statuses.get(item.context.id) !== 'running') continue;
      // At the budget already (counting what is finished here but not stored yet): start nothing more;
      // the next write pauses the batch and the items left go back to the queue.
      const { maxTokens, storedTokens, unstoredTokens } = item.context;
      if (maxTokens !== null && storedTokens + unstoredTokens >= maxTokens) continue;
      item.stage = 'working';
      free -= 1;
      const job = this.process(key, item)
        .catch((error: unknown) => this.log(`item ${key}: ${(error as Error).message}`))
        .finally(() => {
          this.work.delete(job);
          this.poke();
        });
      this.work.add(job);
    }
  }

  /** A batch with nothing left to claim and nothing held here may be complete. */
  private async settleIfIdle(batchId: string): Promise<void> {
    if ([...this.held.values()].some((item) => item.context.id === batchId)) return;
    const [row] = await writeQuery<{ status: string; before: string }>('synthesis/add-counters', { batches: [{ id: batchId, ...zeroCounters() }] });
    if (row?.status === 'done' && row.before !== 'done') this.onBatchDone(batchId);
  }

  private contextOf(id: string, paramsJson: string): BatchContext {
    let context = this.contexts.get(id);
    if (!context) {
      const params = parseJson<BatchParams>(paramsJson, {} as BatchParams);
      context = newBatchContext(id, params);
      context.drawer.catch(() => this.contexts.delete(id));
      this.contexts.set(id, context);
    }
    return context;
  }

  /** Runs one item's LLM steps, then hands its result to the group writer and frees the slot. */
  private async process(key: string, item: Held): Promise<void> {
    const { context, index, controller } = item;
    const signal = controller.signal;
    const config = this.options.config ?? requireLlmConfig();
    const call = (step: 'select' | 'problem' | 'answer') => ({
      config,
      signal,
      headers: { 'x-scogen-item': `${key}/${step}`, ...this.options.headersFor?.({ batchId: context.id, index, step }) },
    });
    let draft = item.draft;
    const spent = noTokens();
    const started = performance.now();
    let write: ItemWrite;
    let checkpoint: NodeJS.Timeout | undefined;
    try {
      if (!draft) {
        const fresh = await problemStep(item.context, item.index, await item.ahead?.catch(() => undefined), call, spent);
        draft = fresh;
        // A slow answer gets the problem step checkpointed on the item, so a crash does not repeat it;
        // a quick one is written with its problem and spares the database a write.
        checkpoint = setTimeout(() => {
          this.writes.push({ kind: 'checkpoint', key, draft: JSON.stringify(fresh) }).then((kept) => kept || controller.abort(new LeaseLostError('lease lost')), () => undefined);
        }, CHECKPOINT_AFTER_MS);
      }
      const answer = await chatJson({ ...answerRequest(draft.problem.title, assembleStatement(draft.problem)), ...call('answer') });
      clearTimeout(checkpoint);
      addUsage(draft.tokens, answer.usage);
      addUsage(draft.uncounted, answer.usage);
      write = problemWrite(key, context.id, draft, answer.data, answer.usage);
    } catch (error) {
      clearTimeout(checkpoint);
      if (signal.aborted) {
        if (this.held.delete(key)) await writeQuery('synthesis/release', { keys: [key], runner: this.id }).catch(() => undefined);
        this.stats.dropped += 1;
        return;
      }
      const failureClass = error instanceof LlmError ? error.failureClass : 'internal';
      if (!(error instanceof LlmError)) this.log(`item ${key} failed: ${(error as Error).stack ?? String(error)}`);
      const tokens = draft ? draft.uncounted : spent;
      if (error instanceof LlmError) addUsage(tokens, error.usage);
      if (draft) draft = { ...draft, uncounted: noTokens() };
      write = { kind: 'fail', key, batchId: context.id, failureClass, message: (error as Error).message.slice(0, 2_000), draft: draft ? JSON.stringify(draft) : null, tokens };
    }
    // The slot is free from here: the next ready item starts at once, and the write joins the next group commit.
    this.stats.workingMs += performance.now() - started;
    item.stage = 'writing';
    this.startReady();
    this.poke();
    const spentHere = write.kind === 'checkpoint' ? 0 : write.tokens.total;
    context.unstoredTokens += spentHere;
    const stored = await this.writes.push(write).catch((error: unknown) => {
      this.log(`item ${key}: write failed, the lease will expire and another runner retries it: ${(error as Error).message}`);
      return false;
    });
    context.unstoredTokens -= spentHere;
    this.held.delete(key);
    if (!stored) this.stats.dropped += 1;
    else if (write.kind === 'finish') this.stats.done += 1;
    else this.stats.failed += 1;
  }

  /** Writes a group of item results, then learns each touched batch's status and budget from it. */
  private async writeAll(ops: ItemWrite[]): Promise<boolean[]> {
    this.stats.writtenOps += ops.length;
    const { stored, batches } = await writeItems(this.id, ops);
    for (const row of batches) {
      this.statuses.set(row.id, row.status);
      const context = this.contexts.get(row.id);
      if (context) context.storedTokens = Math.max(context.storedTokens, row.totalTokens);
      if (row.status === 'done' && row.before !== 'done') this.onBatchDone(row.id);
    }
    return ops.map((op) => stored.has(op.key));
  }

  /** A finished batch's problems are compared with every stored problem for near duplicates (review). */
  private onBatchDone(batchId: string): void {
    flagNearDuplicates({ batchId }).then(
      ({ flagged }) => this.log(`batch ${batchId} done; ${flagged} near-duplicate problems flagged`),
      (error: unknown) => this.log(`batch ${batchId}: near-duplicate flagging failed (recompute it on the Review page): ${(error as Error).message}`),
    );
  }
}

