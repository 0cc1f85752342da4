import 'server-only';
import { requireLlmConfig } from '../llm/client';
import { flagNearDuplicates } from '../duplicates/duplicates';
import { runItem, type HeldItem } from './item-run';
import { writeItems, type ItemWrite } from './item-writes';
import type { RunnerCore } from './runner-core';
import type { BatchStatus } from './types';
import { WriteQueue } from './write-queue';

class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

/**
 * Runs held items through their steps and group-commits what they end with: checkpoints, Problems
 * and failures. A slot frees the moment an item's LLM calls end; its write joins the next commit.
 */
export class ItemWriter {
  private readonly work = new Set<Promise<void>>();
  // Writes are off the LLM calls' path: waiting 50 ms for company makes fewer, larger transactions.
  private readonly writes = new WriteQueue<ItemWrite, boolean>(
    (ops) => this.core.leases.timed('write', () => this.writeAll(ops)),
    500,
    50,
  );

  constructor(
    private readonly core: RunnerCore,
    /** Learns a batch status a write returned (sent at `at`). */
    private readonly learn: (batchId: string, status: BatchStatus, at: number) => void,
  ) {}

  /** Starts a ready item (the caller has checked its batch runs and a slot is free). */
  start(key: string, item: HeldItem): void {
    item.stage = 'working';
    this.core.emit({ type: 'item-start', batchId: item.context.id, index: item.index });
    const job = this.process(key, item)
      .catch((error: unknown) => this.core.log(`item ${key}: ${(error as Error).message}`))
      .finally(() => {
        this.work.delete(job);
        this.core.next();
      });
    this.work.add(job);
  }

  /** Resolves once every started item has ended and its result is written. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.work]);
    await this.writes.flushed();
  }

  private async process(key: string, item: HeldItem): Promise<void> {
    const { context } = item;
    const started = performance.now();
    const write = await runItem(key, item, {
      config: this.core.options.config ?? requireLlmConfig(),
      headersFor: this.core.options.headersFor,
      runner: this.core.id,
      log: (message) => this.core.log(message),
      // A slow rest gets the steps done checkpointed, so a crash does not repeat them; a quick one
      // is written with its Problem and spares the database a write.
      checkpoint: (draft) =>
        void this.writes.push({ kind: 'checkpoint', key, draft: JSON.stringify(draft) }).then(
          (kept) => kept || item.controller.abort(new LeaseLostError('lease lost')),
          () => undefined,
        ),
    });
    if (!write) {
      if (this.core.held.delete(key)) await this.core.leases.release([key]);
      this.core.stats.dropped += 1;
      return;
    }
    // The slot is free from here: the next ready item starts at once, and the write joins the next group commit.
    this.core.stats.workingMs += performance.now() - started;
    item.stage = 'writing';
    this.core.next();
    const spentHere = write.kind === 'checkpoint' ? 0 : write.tokens.total;
    context.unstoredTokens += spentHere;
    const stored = await this.writes.push(write).catch((error: unknown) => {
      this.core.log(
        `item ${key}: write failed, the lease will expire and another runner retries it: ${(error as Error).message}`,
      );
      return false;
    });
    context.unstoredTokens -= spentHere;
    this.core.held.delete(key);
    if (!stored) this.core.stats.dropped += 1;
    else if (write.kind === 'finish') this.core.stats.done += 1;
    else this.core.stats.failed += 1;
  }

  /** Writes a group of item results, then learns each touched batch's status and budget from it. */
  private async writeAll(ops: ItemWrite[]): Promise<boolean[]> {
    this.core.stats.writtenOps += ops.length;
    const at = performance.now();
    const { stored, batches } = await writeItems(this.core.id, ops);
    for (const row of batches) {
      this.learn(row.id, row.status as BatchStatus, at);
      const context = this.core.contexts.get(row.id);
      if (context) context.storedTokens = Math.max(context.storedTokens, row.totalTokens);
      if (row.status === 'done' && row.before !== 'done') this.batchDone(row.id);
    }
    return ops.map((op) => stored.has(op.key));
  }

  /** A finished batch's problems are compared with every stored problem for near duplicates (review). */
  batchDone(batchId: string): void {
    flagNearDuplicates({ batchId }).then(
      ({ flagged }) => this.core.log(`batch ${batchId} done; ${flagged} near-duplicate problems flagged`),
      (error: unknown) =>
        this.core.log(
          `batch ${batchId}: near-duplicate flagging failed (recompute it on the Review page): ${(error as Error).message}`,
        ),
    );
  }
}
