import type { BatchStatus } from './types';

type Announcement = (batchId: string, status: BatchStatus) => void;

const listeners = new Set<Announcement>();

/**
 * Tells the runners of this process (the app's background runner, a CLI's) that a user action
 * changed a batch's status, the moment it is committed: they stop starting its items at once.
 * Runners in other processes learn it from their next status read (a few times a second).
 */
export function announceBatchStatus(batchId: string, status: BatchStatus): void {
  for (const listener of listeners) listener(batchId, status);
}

export function onBatchStatus(listener: Announcement): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What a runner knows of each batch's status. Sources answer out of order (a group write that began
 * before a cancel can return after it), so the newest observation wins: each carries the time its
 * query was sent, and one sent before the status last changed here is ignored.
 */
export class StatusBoard {
  private readonly entries = new Map<string, { status: BatchStatus; at: number }>();

  get(batchId: string): BatchStatus | undefined {
    return this.entries.get(batchId)?.status;
  }

  /** Records `status` as seen by a query sent at `at` (performance.now()); true when it changed. */
  learn(batchId: string, status: BatchStatus, at: number): boolean {
    const known = this.entries.get(batchId);
    if (known && known.at > at) return false;
    this.entries.set(batchId, { status, at });
    return known?.status !== status;
  }

  forget(batchId: string): void {
    this.entries.delete(batchId);
  }
}
