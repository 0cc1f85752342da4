import 'server-only';
import { hostname } from 'node:os';
import { readQuery, writeQuery } from '../db/driver';
import { zeroCounters } from './item-writes';
import type { BatchStatus } from './types';

/** Milliseconds spent in database calls, by kind, and how many calls (writes group many items). */
export type DbTimes = Record<'claim' | 'write' | 'heartbeat', { ms: number; calls: number }>;

export const noDbTimes = (): DbTimes => ({
  claim: { ms: 0, calls: 0 },
  write: { ms: 0, calls: 0 },
  heartbeat: { ms: 0, calls: 0 },
});

/** A batch a runner may claim items of. */
export interface ActiveBatch {
  id: string;
  params: string;
  maxTokens: number | null;
  totalTokens: number;
}

/**
 * A runner's leases and reports in the database: claims, renewals, releases, its heartbeat, its
 * load report and batch statuses. Every lease query re-checks the owner, so a lost lease writes nothing.
 */
export class Leases {
  private reported = '';
  /** Set by forget(): no heartbeat or report may bring the runner back. */
  private forgotten = false;
  /** Heartbeat and report writes in flight, awaited before the runner is forgotten. */
  private readonly reporting = new Set<Promise<unknown>>();

  constructor(
    private readonly runner: string,
    private readonly role: string,
    private readonly leaseMs: number,
    readonly times: DbTimes,
    private readonly log: (message: string) => void,
  ) {}

  async timed<T>(kind: keyof DbTimes, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.times[kind].ms += performance.now() - started;
      this.times[kind].calls += 1;
    }
  }

  /** Batches with work to claim (only `only`, when set), oldest first. */
  activeBatches(only: string | null): Promise<ActiveBatch[]> {
    return readQuery('synthesis/active-batches', { only });
  }

  /** Leases up to `limit` items of the batch: queued or expired ones first, then new indexes. */
  async claim(batchId: string, limit: number): Promise<Array<{ index: number; draft: string | null }>> {
    const rows = await this.timed('claim', () =>
      writeQuery('synthesis/claim', { batchId, limit, runner: this.runner, leaseMs: this.leaseMs }),
    );
    return rows[0]?.items ?? [];
  }

  /** Says the runner is alive, and extends its leases; returns each kept lease's batch status. */
  async renew(keys: string[], concurrency: number): Promise<Map<string, BatchStatus>> {
    return this.timed('heartbeat', async () => {
      if (!this.forgotten)
        await this.track(
          writeQuery('synthesis/heartbeat', {
            id: this.runner,
            role: this.role,
            host: hostname(),
            pid: process.pid,
            concurrency,
          }),
        );
      if (keys.length === 0) return new Map();
      const kept = await writeQuery('synthesis/renew', { keys, runner: this.runner, leaseMs: this.leaseMs });
      return new Map(kept.map((row) => [row.key, row.status]));
    });
  }

  /** Gives leases back: the items are queued again for any runner. */
  async release(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await writeQuery('synthesis/release', { keys, runner: this.runner }).catch((error: unknown) =>
      this.log(`release failed: ${(error as Error).message}`),
    );
  }

  /** The batches' stored statuses, read without waiting for any write. */
  async statuses(ids: string[]): Promise<Map<string, BatchStatus>> {
    if (ids.length === 0) return new Map();
    const rows = await readQuery('synthesis/batch-statuses', { ids });
    return new Map(rows.map((row) => [row.id, row.status]));
  }

  /** Settles a batch nothing is left to claim of: returns its status, and the one before. */
  async settle(batchId: string): Promise<{ status: string; before: string } | undefined> {
    const [row] = await writeQuery('synthesis/add-counters', { batches: [{ id: batchId, ...zeroCounters() }] });
    return row;
  }

  /** Tells the batch pages how many items of each batch are at the LLM here (when that changed). */
  async report(working: Map<string, number>, concurrency: number): Promise<void> {
    const state = JSON.stringify([...working]);
    // Unchanged and idle: nothing to say. Unchanged but busy: refresh, the pages trust reports for 5 s.
    if (this.forgotten || (state === this.reported && working.size === 0)) return;
    this.reported = state;
    await this.track(
      writeQuery('synthesis/runner-load', {
        id: this.runner,
        role: this.role,
        host: hostname(),
        pid: process.pid,
        concurrency,
        batches: [...working.keys()],
        counts: [...working.values()],
      }),
    ).catch(() => undefined);
  }

  /** Removes the runner's heartbeat (a stopped runner works on nothing), after any report in flight. */
  async forget(): Promise<void> {
    this.forgotten = true;
    await Promise.allSettled([...this.reporting]);
    await writeQuery('synthesis/forget-runner', { id: this.runner }).catch((error: unknown) =>
      this.log(`removing the heartbeat failed: ${(error as Error).message}`),
    );
  }

  private track<T>(write: Promise<T>): Promise<T> {
    this.reporting.add(write);
    void write.finally(() => this.reporting.delete(write)).catch(() => undefined);
    return write;
  }
}
