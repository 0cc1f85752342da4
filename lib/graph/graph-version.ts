import 'server-only';
import { readQuery } from '../db/driver';
import { AppError } from '../domain/errors';

export interface VersionRow {
  documents: number;
  lastIngest: string | null;
  weights: Array<[string, number]>;
}

/** Cached data was read under a graph version that is no longer current: redo the work. */
export class StaleGraphError extends AppError {
  override name = 'StaleGraphError';
}

/**
 * The graph's version (document count and newest `ingestedAt`: every ingest that changes a
 * document sets it) and, in the same round trip, the weights of the given pair keys.
 */
export async function graphVersionWith(
  keys: readonly string[],
): Promise<{ version: string; weights: Map<string, number> }> {
  const [row] = await readQuery('sampling/graph-version', { keys });
  return { version: `${row?.documents ?? 0}@${row?.lastIngest ?? '-'}`, weights: new Map(row?.weights ?? []) };
}

/** A map bounded by a total cost (entries are evicted least recently used first). */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; cost: number }>();
  private total = 0;

  constructor(private readonly maxCost: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, cost = 1): void {
    this.delete(key);
    this.entries.set(key, { value, cost });
    this.total += cost;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxCost || this.entries.size === 1) break;
      this.entries.delete(oldest);
      this.total -= entry.cost;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.cost;
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }
}

/**
 * Caches of graph-derived data for this server process, dropped together when the graph version
 * changes. Entries are keyed with the version they were read under, so a load that raced an ingest
 * is filed under the old version and never read again.
 */
export class VersionedCaches<C extends Record<string, { clear(): void }>> {
  private version: string | undefined;
  private checking: Promise<string> | undefined;

  constructor(readonly caches: C) {}

  /** Records a version seen in a query; a change drops every cache. */
  observe(version: string): void {
    if (version === this.version) return;
    for (const cache of Object.values(this.caches)) cache.clear();
    this.version = version;
  }

  /** The current version, checked now (concurrent callers share one round trip). */
  current(): Promise<string> {
    this.checking ??= graphVersionWith([])
      .then(({ version }) => {
        this.observe(version);
        return version;
      })
      .finally(() => {
        this.checking = undefined;
      });
    return this.checking;
  }

  /** The last version seen, to be confirmed later in the same round trip as other work. */
  async assumed(): Promise<string> {
    return this.version ?? this.current();
  }
}
