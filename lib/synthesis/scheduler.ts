import 'server-only';
import { setMaxListeners } from 'node:events';
import { llmConfig } from '../llm/config';
import { drawAhead, newBatchContext, type BatchContext } from './batch-context';
import type { HeldItem } from './item-run';
import type { ItemWriter } from './item-writer';
import { parseDraft } from './item-writes';
import type { RunnerCore } from './runner-core';
import { parseJson } from './store';
import type { BatchParams } from './types';

/**
 * Which items a runner works on: it leases items of running batches ahead, oldest batch first, and
 * starts ready ones as slots free up, never one of a batch it knows is not running or is at its budget.
 */
export class Scheduler {
  private idleReason: string | undefined;

  constructor(
    private readonly core: RunnerCore,
    private readonly writer: ItemWriter,
  ) {}

  /** Starts ready items up to the concurrency limit and leases more ahead. */
  async fill(): Promise<void> {
    const { core } = this;
    if (core.stopping) return;
    const settings = core.options.config ? { configured: true as const } : llmConfig();
    if (!settings.configured) {
      if (this.idleReason !== 'llm') core.log('waiting: no LLM endpoint is configured');
      this.idleReason = 'llm';
      return;
    }
    this.idleReason = undefined;
    this.startReady();
    const concurrency = core.concurrency;
    const ready = core.held.count('ready');
    // Lease up to four rounds of work ahead, in chunks: fewer, larger claims, and a claim that stalls
    // (about 1 s at times on the bench machine, in the commit) does not leave slots idle.
    const want = 5 * concurrency - core.held.count('working') - ready;
    if (want < Math.max(1, Math.floor(concurrency / 2)) && ready > 0) return;
    if (want <= 0) return;
    const active = await core.leases.activeBatches(core.options.onlyBatch ?? null);
    let room = want;
    for (const batch of active) {
      if (room <= 0 || core.stopping) break;
      const at = performance.now();
      const items = await core.leases.claim(batch.id, room);
      if (items.length === 0) {
        await this.settleIfIdle(batch.id);
        continue;
      }
      const context = this.contextOf(batch.id, batch.params);
      context.maxTokens = batch.maxTokens ?? null;
      context.storedTokens = Math.max(context.storedTokens, batch.totalTokens);
      // The claim saw it running; a pause or cancel since then is newer and wins.
      core.statuses.learn(batch.id, 'running', at);
      const fresh: HeldItem[] = [];
      for (const item of items) {
        const key = `${batch.id}/${item.index}`;
        // Our own lease ran out and we took the item again: it is still ours, in whatever stage.
        if (core.held.has(key)) continue;
        const controller = new AbortController();
        setMaxListeners(0, controller.signal);
        const held: HeldItem = {
          context,
          index: item.index,
          draft: parseDraft(item.draft),
          controller,
          stage: 'ready',
        };
        core.held.set(key, held);
        if (!held.draft && context.params.strategy === 'random' && (context.params.kind ?? 'scenario') === 'scenario')
          fresh.push(held);
      }
      drawAhead(context, fresh);
      core.stats.claimed += items.length;
      room -= items.length;
      // Leased while the batch stopped (the claim returned after a pause or cancel): back to the queue.
      if (core.statuses.get(batch.id) !== 'running') await this.releaseReady(batch.id);
    }
    this.startReady();
  }

  /** Starts ready items of running batches while slots are free. */
  startReady(): void {
    const { core } = this;
    let free = core.concurrency - core.held.count('working');
    for (const [key, item] of core.held.entries()) {
      if (free <= 0 || core.stopping) break;
      if (item.stage !== 'ready' || core.statuses.get(item.context.id) !== 'running') continue;
      // At the budget already (counting what is finished here but not stored yet): start nothing more;
      // the next write pauses the batch and the items left go back to the queue.
      const { maxTokens, storedTokens, unstoredTokens } = item.context;
      if (maxTokens !== null && storedTokens + unstoredTokens >= maxTokens) continue;
      free -= 1;
      this.writer.start(key, item);
    }
  }

  private async releaseReady(batchId: string): Promise<void> {
    const keys = this.core.held.ofBatch(batchId, 'ready');
    keys.forEach((key) => this.core.held.delete(key));
    await this.core.leases.release(keys);
  }

  /** A batch with nothing left to claim and nothing held here may be complete. */
  private async settleIfIdle(batchId: string): Promise<void> {
    if (this.core.held.ofBatch(batchId).length > 0) return;
    const row = await this.core.leases.settle(batchId);
    if (row?.status === 'done' && row.before !== 'done') this.writer.batchDone(batchId);
  }

  private contextOf(id: string, paramsJson: string): BatchContext {
    let context = this.core.contexts.get(id);
    if (!context) {
      const params = parseJson<BatchParams>(paramsJson, {} as BatchParams);
      context = newBatchContext(id, params);
      this.core.contexts.set(id, context);
    }
    return context;
  }
}
