import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setMaxListeners } from 'node:events';
import { writeQuery, writeTransaction } from '../db/driver';
import { batchDrawer, type BatchDrawer } from '../graph/sampler';
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

class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

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
  /** Items in flight at once; default the endpoint's LLM_CONCURRENCY. */
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
  /** Milliseconds spent in database calls, by kind, and how many calls. */
  db: Record<'claim' | 'checkpoint' | 'finish' | 'heartbeat', { ms: number; calls: number }>;
}

interface BatchContext {
  id: string;
  params: BatchParams;
  drawer: Promise<BatchDrawer>;
}

interface InFlight {
  batchId: string;
  index: number;
  controller: AbortController;
}

/**
 * A synthesis runner: leases items of running batches from Neo4j, writes each item's problem and
 * answer with the LLM, and stores the Problem in one transaction. Any number of runners (processes,
 * machines) may share one database: leases expire, so a crashed runner's items go to another, and
 * every write re-checks the lease, so no item is stored twice.
 */
export class SynthesisRunner {
  readonly id: string;
  readonly stats: RunnerStats = { claimed: 0, done: 0, failed: 0, dropped: 0, db: { claim: { ms: 0, calls: 0 }, checkpoint: { ms: 0, calls: 0 }, finish: { ms: 0, calls: 0 }, heartbeat: { ms: 0, calls: 0 } } };
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly inFlight = new Map<string, InFlight>();
  private readonly contexts = new Map<string, BatchContext>();
  private readonly work = new Set<Promise<void>>();
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private beating: Promise<void> | undefined;
  private beatTimer: NodeJS.Timeout | undefined;
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

  get busy(): number {
    return this.inFlight.size;
  }

  start(): this {
    if (this.loop) return this;
    // Leases are renewed on their own timer, so a slow claim or a busy event loop in the work
    // loop cannot let them lapse.
    this.beatTimer = setInterval(() => void this.beat(), this.leaseMs / 3);
    this.loop = this.beat().then(() => this.run());
    return this;
  }

  /** Stops claiming; in-flight items are aborted and their leases given back (unless `drain`). */
  async stop({ drain = false }: { drain?: boolean } = {}): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    clearInterval(this.beatTimer);
    if (!drain) for (const item of this.inFlight.values()) item.controller.abort(new Error('runner stopping'));
    await Promise.allSettled([...this.work]);
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

  /** Heartbeat, lease renewal and cancel detection, three times per lease period. */
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
      if (this.inFlight.size === 0) return;
      const keys = [...this.inFlight.keys()];
      const kept = await writeQuery<{ key: string; status: string }>('synthesis/renew', { keys, runner: this.id, leaseMs: this.leaseMs });
      const live = new Map(kept.map((row) => [row.key, row.status]));
      for (const [key, item] of this.inFlight) {
        const status = live.get(key);
        // Lost (cancelled batches requeue their items) or cancelled: stop spending tokens on it.
        if (status === undefined || status === 'cancelled') item.controller.abort(new Error(status === 'cancelled' ? 'batch cancelled' : 'lease lost'));
      }
    });
  }

  /** Claims items up to the concurrency limit, oldest batch first. */
  private async fill(): Promise<void> {
    const free = this.concurrency - this.inFlight.size;
    if (free <= 0 || this.stopping) return;
    const settings = this.options.config ? { configured: true as const } : llmConfig();
    if (!settings.configured) {
      if (this.idleReason !== 'llm') this.log('waiting: no LLM endpoint is configured');
      this.idleReason = 'llm';
      return;
    }
    this.idleReason = undefined;
    const active = await writeQuery<{ id: string; params: string }>('synthesis/active-batches', { only: this.options.onlyBatch ?? null });
    let room = free;
    for (const batch of active) {
      if (room <= 0) break;
      const claimed = await this.timed('claim', () => writeQuery<{ items: Array<{ index: number; draft: string | null }> }>('synthesis/claim', { batchId: batch.id, limit: room, runner: this.id, leaseMs: this.leaseMs }));
      const items = claimed[0]?.items ?? [];
      if (items.length === 0) {
        await this.settleIfIdle(batch.id);
        continue;
      }
      const context = this.contextOf(batch.id, batch.params);
      for (const item of items) this.launch(context, item.index, item.draft);
      room -= items.length;
    }
  }

  /** A batch with nothing left to claim and nothing in flight here may be complete. */
  private async settleIfIdle(batchId: string): Promise<void> {
    if ([...this.inFlight.values()].some((item) => item.batchId === batchId)) return;
    await writeQuery('synthesis/settle', { batchId });
  }

  private contextOf(id: string, paramsJson: string): BatchContext {
    let context = this.contexts.get(id);
    if (!context) {
      const params = parseJson<BatchParams>(paramsJson, {} as BatchParams);
      context = { id, params, drawer: batchDrawer(params) };
      context.drawer.catch(() => this.contexts.delete(id));
      this.contexts.set(id, context);
    }
    return context;
  }

  private launch(context: BatchContext, index: number, draft: string | null): void {
    const key = `${context.id}/${index}`;
    const controller = new AbortController();
    setMaxListeners(0, controller.signal);
    this.inFlight.set(key, { batchId: context.id, index, controller });
    this.stats.claimed += 1;
    const job = this.process(context, index, parseJson<Draft | null>(draft, null), controller.signal)
      .catch((error: unknown) => this.log(`item ${key}: ${(error as Error).message}`))
      .finally(() => {
        this.inFlight.delete(key);
        this.work.delete(job);
        this.wake?.();
      });
    this.work.add(job);
  }

  private async process(context: BatchContext, index: number, saved: Draft | null, signal: AbortSignal): Promise<void> {
    const key = `${context.id}/${index}`;
    const config = this.options.config ?? requireLlmConfig();
    const call = (step: 'select' | 'problem' | 'answer') => ({
      config,
      signal,
      headers: { 'x-scogen-item': `${key}/${step}`, ...this.options.headersFor?.({ batchId: context.id, index, step }) },
    });
    let draft = saved;
    const spent = noTokens();
    try {
      if (!draft) draft = await this.problemStep(context, index, call, spent);
      const answer = await chatJson({ ...answerRequest(draft.problem.title, assembleStatement(draft.problem)), ...call('answer') });
      addUsage(spent, answer.usage);
      addUsage(draft.tokens, answer.usage);
      addUsage(draft.uncounted, answer.usage);
      await this.finish(context, index, draft, answer.data, answer.usage.model);
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.stats.dropped += 1;
        return;
      }
      if (signal.aborted) {
        await writeQuery('synthesis/release', { keys: [key], runner: this.id }).catch(() => undefined);
        return;
      }
      const failureClass = error instanceof LlmError ? error.failureClass : 'internal';
      if (!(error instanceof LlmError)) this.log(`item ${key} failed: ${(error as Error).stack ?? String(error)}`);
      const tokens = draft ? draft.uncounted : spent;
      if (error instanceof LlmError) addUsage(tokens, error.usage);
      if (draft) draft.uncounted = noTokens();
      await writeTransaction(async (query) => {
        await query('synthesis/fail', { key, runner: this.id, failureClass, message: (error as Error).message.slice(0, 2_000), draft: draft ? JSON.stringify(draft) : null, tokens });
        await query('synthesis/settle', { batchId: context.id });
      });
      this.stats.failed += 1;
    }
  }

  /** Combination (random draw, or the LLM's pick), then the problem; checkpointed on the item. */
  private async problemStep(context: BatchContext, index: number, call: (step: 'select' | 'problem') => { config: LlmConfig; signal: AbortSignal; headers: Record<string, string> }, spent: Tokens): Promise<Draft> {
    const tokens = noTokens();
    let drawer = await context.drawer;
    let draw;
    try {
      draw = await drawer.draw(index);
    } catch (error) {
      if (!(error instanceof StaleGraphError)) throw error;
      context.drawer = batchDrawer(context.params);
      drawer = await context.drawer;
      draw = await drawer.draw(index);
    }
    let combination = draw.combination;
    let selection: SelectionRecord | null = null;
    const models: Record<string, string> = {};
    const promptHashes: Record<string, string> = {};
    if (context.params.strategy === 'llm') {
      const pick = await pickWithLlm(draw.prepared, context.params.counts, draw.combination, call('select'));
      combination = pick.combination;
      selection = pick.selection;
      addUsage(tokens, pick.usage);
      if (pick.usage) {
        models.select = pick.usage.model;
        promptHashes.select = pick.usage.promptHash;
      }
    }
    let scored;
    try {
      scored = await drawer.score(draw, combination);
    } catch (error) {
      if (!(error instanceof StaleGraphError)) throw error;
      // The graph changed under the batch: score against the new one (the combination stays).
      context.drawer = batchDrawer(context.params);
      scored = await (await context.drawer).score(draw, combination);
    }
    const features: CombinationFeature[] = combination.features.map((f) => ({ id: `${f.type}:${f.key}`, type: f.type, key: f.key, name: f.name }));
    const problem = await chatJson({ ...problemRequest({ scenario: draw.scenario, features }), ...call('problem') });
    addUsage(tokens, problem.usage);
    addUsage(spent, problem.usage);
    models.synthesize = problem.usage.model;
    promptHashes.problem = problem.usage.promptHash;
    const draft: Draft = { scenario: draw.scenario, features, coherence: scored.coherence, selection, problem: problem.data, models, promptHashes, tokens, uncounted: { ...tokens } };
    const kept = await this.timed('checkpoint', () => writeQuery('synthesis/checkpoint', { key: `${context.id}/${index}`, runner: this.id, draft: JSON.stringify(draft) }));
    // The lease went to another runner (or the batch was cancelled): spend nothing more on the item.
    if (kept.length === 0) throw new LeaseLostError(`item ${context.id}/${index}: the lease was lost before the answer step`);
    return draft;
  }

  private async finish(context: BatchContext, index: number, draft: Draft, answer: { code: string; explanation: string }, answerModel: string): Promise<void> {
    const key = `${context.id}/${index}`;
    const statement = assembleStatement(draft.problem);
    const checked = [{ id: `Scenario:${draft.scenario.key}`, name: draft.scenario.name }, ...draft.features.map((f) => ({ id: f.id, name: f.name }))];
    const flags = featureFlags(`${draft.problem.title}\n${statement}`, checked);
    const problem = {
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
    };
    const uses = [
      { type: 'Scenario', key: draft.scenario.key, role: 'scenario', position: 0 },
      ...draft.features.map((f, i) => ({ type: f.type, key: f.key, role: 'feature', position: i + 1 })),
    ];
    const stored = await this.timed('finish', () =>
      writeTransaction(async (query) => {
        const rows = await query<{ key: string }>('synthesis/finish', {
          key,
          runner: this.id,
          problem,
          uses,
          tokens: draft.uncounted,
          fallback: draft.selection?.by === 'random' ? 1 : 0,
          flagged: flags.length > 0 ? 1 : 0,
        });
        if (rows.length > 0) await query('synthesis/settle', { batchId: context.id });
        return rows.length > 0;
      }),
    );
    if (stored) this.stats.done += 1;
    else this.stats.dropped += 1;
  }
}
