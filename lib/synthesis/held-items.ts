import type { HeldItem } from './item-run';

/** The items a runner holds leases on, by key ("<batchId>/<index>"). */
export class HeldItems {
  private readonly items = new Map<string, HeldItem>();

  get size(): number {
    return this.items.size;
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  set(key: string, item: HeldItem): void {
    this.items.set(key, item);
  }

  /** True if the item was held (so its lease is still to be given back or written). */
  delete(key: string): boolean {
    return this.items.delete(key);
  }

  keys(): string[] {
    return [...this.items.keys()];
  }

  entries(): IterableIterator<[string, HeldItem]> {
    return this.items.entries();
  }

  count(stage: HeldItem['stage']): number {
    let n = 0;
    for (const item of this.items.values()) if (item.stage === stage) n += 1;
    return n;
  }

  /** Keys of the items held of one batch, in one stage or any. */
  ofBatch(batchId: string, stage?: HeldItem['stage']): string[] {
    return [...this.items]
      .filter(([, item]) => item.context.id === batchId && (stage === undefined || item.stage === stage))
      .map(([key]) => key);
  }

  /** Items at the LLM, per batch. */
  working(): Map<string, number> {
    const working = new Map<string, number>();
    for (const item of this.items.values())
      if (item.stage === 'working') working.set(item.context.id, (working.get(item.context.id) ?? 0) + 1);
    return working;
  }

  /** The held item's controller aborts its LLM calls; a writing item is past them. */
  abort(key: string, reason: Error): void {
    const item = this.items.get(key);
    if (item && item.stage !== 'writing') item.controller.abort(reason);
  }

  get(key: string): HeldItem | undefined {
    return this.items.get(key);
  }
}
