import 'server-only';
import type { RunnerCore } from './runner-core';
import type { BatchStatus } from './types';

/**
 * How a runner learns batch statuses and acts on them: a read of its batches' statuses a few times a
 * second (apart from the writes, so it waits behind none of them), announcements of actions in this
 * process, and what writes and renewals return. A batch that stops running starts no new item here.
 */
export class BatchWatch {
  private watching: Promise<void> | undefined;
  private beating: Promise<void> | undefined;

  constructor(private readonly core: RunnerCore) {}

  /** Records a status seen by a query sent at `at`; a change stops or restarts the batch's items here. */
  learn(batchId: string, status: BatchStatus, at: number): void {
    if (!this.core.statuses.learn(batchId, status, at)) return;
    this.core.emit({ type: 'status', batchId, status });
    if (status === 'running') return this.core.next();
    // Items not started go back to the queue (a cancel has requeued them already); a cancel also
    // drops the items at the LLM: nothing of a cancelled batch is stored from here on.
    const working = status === 'cancelled' ? this.core.held.ofBatch(batchId, 'working') : [];
    for (const key of working) this.core.held.abort(key, new Error('batch cancelled'));
    // Given back in one query, not one per item as each aborted call unwinds.
    const stopped = [...this.core.held.ofBatch(batchId, 'ready'), ...working];
    stopped.forEach((key) => this.core.held.delete(key));
    void this.core.leases.release(stopped);
  }

  /** Reads the statuses of the batches this runner holds items of. */
  watch(): Promise<void> {
    this.watching ??= this.readStatuses()
      .catch((error: unknown) => this.core.log(`status read failed: ${(error as Error).message}`))
      .finally(() => {
        this.watching = undefined;
      });
    return this.watching;
  }

  private async readStatuses(): Promise<void> {
    const ids = [...new Set([...this.core.held.entries()].map(([, item]) => item.context.id))];
    const at = performance.now();
    for (const [id, status] of await this.core.leases.statuses(ids)) this.learn(id, status, at);
  }

  /** Heartbeat and lease renewal, three times per lease period. */
  beat(): Promise<void> {
    this.beating ??= this.renew()
      .catch((error: unknown) => this.core.log(`heartbeat failed: ${(error as Error).message}`))
      .finally(() => {
        this.beating = undefined;
      });
    return this.beating;
  }

  private async renew(): Promise<void> {
    const at = performance.now();
    const keys = this.core.held.keys();
    const live = await this.core.leases.renew(keys, this.core.concurrency);
    // Only the leases asked about: items claimed meanwhile are not lost.
    for (const key of keys) {
      const item = this.core.held.get(key);
      if (!item) continue;
      const status = live.get(key);
      if (status !== undefined) {
        this.learn(item.context.id, status, at);
        continue;
      }
      // Lost (another runner took it after it expired): stop spending tokens on it.
      if (item.stage === 'ready') this.core.held.delete(key);
      else this.core.held.abort(key, new Error('lease lost'));
    }
  }
}
