import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setMaxListeners } from 'node:events';
import { writeQuery, writeTransaction } from '../db/driver';
import { flagNearDuplicates } from '../review/duplicates';
import { WriteQueue } from './write-queue';
import { batchDrawer, type BatchDraw, type BatchDrawer } from '../graph/sampler';
import type { ScoredItem } from '../sampling/run';
import { StaleGraphError } from '../graph/graph-version';
import { chatJson, requireLlmConfig } from '../llm/client';
import { llmConfig, type LlmConfig } from '../llm/config';
import { LlmError } from '../llm/errors';
import type { LlmUsage } from '../llm/usage';
import type { ProblemReply } from '../llm/schemas';
import { featureFlags } from './feature-check';
import { answerRequest, assembleStatement, problemRequest } from './requests';
import { pickWithLlm, type SelectionRecord } from './select';
import { leasePeriodMs, parseJson } from './store';
import type { BatchParams, CombinationFeature } from './types';


/** What an item has finished so far, stored on the item after the problem step (a checkpoint). */
interface Draft {
  scenario: { key: string; name: string };
  features: CombinationFeature[];
  coherence: number | null;
  selection: SelectionRecord | null;
  problem: ProblemReply;
  models: Record<string, string>;
  promptHashes: Record<string, string>;
  /** Tokens of the item's calls so far (for the Problem). */
  tokens: Tokens;
  /** Tokens not yet added to the batch's counters. */
  uncounted: Tokens;
}

interface Tokens {
  prompt: number;
  completion: number;
  total: number;
}

const noTokens = (): Tokens => ({ prompt: 0, completion: 0, total: 0 });

function addUsage(into: Tokens, usage: LlmUsage | undefined): void {
  if (!usage) return;
  into.prompt += usage.promptTokens;
  into.completion += usage.completionTokens;
  into.total += usage.totalTokens;
}

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

interface BatchContext {
  id: string;
  params: BatchParams;
  drawer: Promise<BatchDrawer>;
  /** The budget guard: the batch's limit, its stored total, and tokens finished here but not yet stored. */
  maxTokens: number | null;
  storedTokens: number;
  unstoredTokens: number;
}

/** An item this runner holds a lease on: waiting to start, at the LLM, or waiting to be written. */
interface Held {
  context: BatchContext;
  index: number;
  draft: Draft | null;
  controller: AbortController;
  stage: 'ready' | 'working' | 'writing';
  /** The random draw and its score, computed for a whole claim at once (random strategy only). */
  scored?: Promise<{ draw: BatchDraw; scored: ScoredItem }>;
}

type Write =
  | { kind: 'checkpoint'; key: string; draft: string }
  | { kind: 'finish'; key: string; batchId: string; problem: Record<string, unknown>; uses: unknown[]; tokens: Tokens; fallback: number; flagged: number }
  | { kind: 'fail'; key: string; batchId: string; failureClass: string; message: string; draft: string | null; tokens: Tokens };

/** Whether the write stored the item (false: the lease was lost or the batch cancelled). */
type WriteResult = boolean;

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
  private readonly writes = new WriteQueue<Write, WriteResult>((ops) => this.timed('write', () => this.writeAll(ops)), 500, 50);
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
      this.scoreAhead(context, fresh);
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

  /** Draws and scores a claim's items in one weight lookup, before their LLM calls need them. */
  private scoreAhead(context: BatchContext, items: Held[]): void {
    if (items.length === 0) return;
    const all = this.withFreshDrawer(context, async (drawer) => {
      const draws = await Promise.all(items.map((item) => drawer.draw(item.index)));
      const scored = await drawer.scoreMany(draws.map((draw) => ({ draw, combination: draw.combination })));
      return draws.map((draw, i) => ({ draw, scored: scored[i]! }));
    });
    // A failure here is the item's own failure, met again (and classified) in its problem step.
    all.catch(() => undefined);
    items.forEach((item, i) => {
      item.scored = all.then((results) => results[i]!);
    });
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
      context = { id, params, drawer: batchDrawer(params), maxTokens: null, storedTokens: 0, unstoredTokens: 0 };
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
    let write: Write;
    let checkpoint: NodeJS.Timeout | undefined;
    try {
      if (!draft) {
        const fresh = await this.problemStep(item, call, spent);
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
      write = this.finishWrite(key, context, draft, answer.data, answer.usage.model);
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

  /** Combination (random draw, or the LLM's pick), then the problem. */
  private async problemStep(item: Held, call: (step: 'select' | 'problem') => { config: LlmConfig; signal: AbortSignal; headers: Record<string, string> }, spent: Tokens): Promise<Draft> {
    const { context, index } = item;
    const tokens = noTokens();
    const ahead = await item.scored?.catch(() => undefined);
    const draw = ahead?.draw ?? (await this.withFreshDrawer(context, (drawer) => drawer.draw(index)));
    let combination = draw.combination;
    let selection: SelectionRecord | null = null;
    const models: Record<string, string> = {};
    const promptHashes: Record<string, string> = {};
    if (context.params.strategy === 'llm') {
      const pick = await pickWithLlm(draw.prepared, context.params.counts, draw.combination, call('select'));
      combination = pick.combination;
      selection = pick.selection;
      addUsage(tokens, pick.usage);
      addUsage(spent, pick.usage);
      if (pick.usage) {
        models.select = pick.usage.model;
        promptHashes.select = pick.usage.promptHash;
      }
    }
    // If the graph changed under the batch, the combination stays and is scored on the new graph.
    const scored = ahead && combination === draw.combination ? ahead.scored : await this.withFreshDrawer(context, (drawer) => drawer.score(draw, combination));
    const features: CombinationFeature[] = combination.features.map((f) => ({ id: `${f.type}:${f.key}`, type: f.type, key: f.key, name: f.name }));
    const problem = await chatJson({ ...problemRequest({ scenario: draw.scenario, features }), ...call('problem') });
    addUsage(tokens, problem.usage);
    addUsage(spent, problem.usage);
    models.synthesize = problem.usage.model;
    promptHashes.problem = problem.usage.promptHash;
    return { scenario: draw.scenario, features, coherence: scored.coherence, selection, problem: problem.data, models, promptHashes, tokens, uncounted: { ...tokens } };
  }

  private async withFreshDrawer<T>(context: BatchContext, work: (drawer: BatchDrawer) => Promise<T>): Promise<T> {
    try {
      return await work(await context.drawer);
    } catch (error) {
      if (!(error instanceof StaleGraphError)) throw error;
      context.drawer = batchDrawer(context.params);
      return work(await context.drawer);
    }
  }

  private finishWrite(key: string, context: BatchContext, draft: Draft, answer: { code: string; explanation: string }, answerModel: string): Write {
    const statement = assembleStatement(draft.problem);
    const checked = [{ id: `Scenario:${draft.scenario.key}`, name: draft.scenario.name }, ...draft.features.map((f) => ({ id: f.id, name: f.name }))];
    const flags = featureFlags(`${draft.problem.title}\n${statement}`, checked);
    return {
      kind: 'finish',
      key,
      batchId: context.id,
      problem: {
        title: draft.problem.title,
        statement,
        answerCode: answer.code,
        answerExplanation: answer.explanation,
        scenarioKey: draft.scenario.key,
        scenarioName: draft.scenario.name,
        coherence: draft.coherence,
        features: JSON.stringify(draft.features),
        flags,
        selection: draft.selection ? JSON.stringify(draft.selection) : null,
        model: JSON.stringify({ ...draft.models, answer: answerModel }),
        promptHashes: JSON.stringify({ ...draft.promptHashes, answer: answerRequest('', '').promptHash }),
        promptTokens: draft.tokens.prompt,
        completionTokens: draft.tokens.completion,
        totalTokens: draft.tokens.total,
      },
      uses: [
        { type: 'Scenario', key: draft.scenario.key, role: 'scenario', position: 0 },
        ...draft.features.map((f, i) => ({ type: f.type, key: f.key, role: 'feature', position: i + 1 })),
      ],
      tokens: draft.uncounted,
      fallback: draft.selection?.by === 'random' ? 1 : 0,
      flagged: flags.length > 0 ? 1 : 0,
    };
  }

  /**
   * One transaction for everything finished since the last write: checkpoints, problems, failures,
   * then each touched batch's counters (only for items actually stored) and its status.
   */
  private async writeAll(ops: Write[]): Promise<WriteResult[]> {
    this.stats.writtenOps += ops.length;
    const checkpoints = ops.filter((op): op is Extract<Write, { kind: 'checkpoint' }> => op.kind === 'checkpoint');
    const finishes = ops.filter((op): op is Extract<Write, { kind: 'finish' }> => op.kind === 'finish');
    const fails = ops.filter((op): op is Extract<Write, { kind: 'fail' }> => op.kind === 'fail');
    // writeTransaction may run its work again on a transient error: collect completions afresh each time.
    let completed: string[] = [];
    const stored = await writeTransaction(async (query) => {
      completed = [];
      const done = new Set<string>();
      if (checkpoints.length > 0) for (const row of await query<{ key: string }>('synthesis/checkpoint', { runner: this.id, rows: checkpoints.map(({ key, draft }) => ({ key, draft })) })) done.add(row.key);
      if (finishes.length > 0) for (const row of await query<{ key: string }>('synthesis/finish', { runner: this.id, rows: finishes.map(({ key, problem, uses }) => ({ key, problem, uses })) })) done.add(row.key);
      if (fails.length > 0) for (const row of await query<{ key: string }>('synthesis/fail', { runner: this.id, rows: fails.map(({ key, failureClass, message, draft }) => ({ key, failureClass, message, draft })) })) done.add(row.key);
      const counters = new Map<string, ReturnType<typeof zeroCounters>>();
      for (const op of [...finishes, ...fails]) {
        if (!done.has(op.key)) continue;
        const c = counters.get(op.batchId) ?? zeroCounters();
        if (op.kind === 'finish') {
          c.done += 1;
          c.fallbacks += op.fallback;
          c.flagged += op.flagged;
        } else c.failed += 1;
        c.prompt += op.tokens.prompt;
        c.completion += op.tokens.completion;
        c.total += op.tokens.total;
        counters.set(op.batchId, c);
      }
      if (counters.size > 0) {
        const statuses = await query<{ id: string; status: string; before: string; totalTokens: number }>('synthesis/add-counters', { batches: [...counters].map(([id, c]) => ({ id, ...c })) });
        for (const row of statuses) {
          this.statuses.set(row.id, row.status);
          const context = this.contexts.get(row.id);
          if (context) context.storedTokens = Math.max(context.storedTokens, row.totalTokens);
          if (row.status === 'done' && row.before !== 'done') completed.push(row.id);
        }
      }
      return done;
    });
    for (const batchId of completed) this.onBatchDone(batchId);
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

function zeroCounters() {
  return { done: 0, failed: 0, prompt: 0, completion: 0, total: 0, fallbacks: 0, flagged: 0 };
}
