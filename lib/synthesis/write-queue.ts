import 'server-only';

/**
 * Group commit: operations pushed while a write is under way go into the next one together, so a
 * runner with many items in flight makes a few transactions per second, not one per item (each
 * commit costs an fsync, and every item's counters meet on the batch node's lock).
 */
export class WriteQueue<Op, Result> {
  private pending: Array<{ op: Op; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];
  private writing: Promise<void> | undefined;

  constructor(
    private readonly write: (ops: Op[]) => Promise<Result[]>,
    private readonly maxOps = 500,
    /** How long a write waits for more operations to join it (0: those of the current tick). */
    private readonly gatherMs = 0,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  push(op: Op): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.pending.push({ op, resolve, reject });
      this.writing ??= this.drain();
    });
  }

  /** Resolves once everything pushed so far is written. */
  async flushed(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    // Let the operations of this tick (or of the gather window) join the first write.
    await new Promise((resolve) => (this.gatherMs > 0 ? setTimeout(resolve, this.gatherMs) : setImmediate(resolve)));
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxOps);
      try {
        const results = await this.write(batch.map((entry) => entry.op));
        batch.forEach((entry, i) => entry.resolve(results[i]!));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.writing = undefined;
  }
}
