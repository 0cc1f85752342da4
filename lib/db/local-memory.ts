// How much memory the embedded Neo4j takes (issue 17): sized from the machine unless told, and said aloud.
// Pure, so lib/db/local-memory.test.ts can check the plan for any machine.

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

export interface MemoryPlan {
  heapBytes: number;
  pageCacheBytes: number;
  /** One line for the start-up log: what was chosen and why. */
  summary: string;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Parses a size such as "512m", "2g", "1.5G" or a plain byte count; throws naming the variable otherwise. */
export function parseSize(name: string, value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  if (!match) throw new Error(`${name} must be a size such as 512m or 4g, not "${value}"`);
  const unit = { '': 1, k: 1024, m: MIB, g: GIB }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.round(Number(match[1]) * unit);
  if (bytes < 64 * MIB) throw new Error(`${name} must be at least 64m, not "${value}"`);
  return bytes;
}

export function formatSize(bytes: number): string {
  return bytes >= GIB ? `${(bytes / GIB).toFixed(1)} GiB` : `${Math.round(bytes / MIB)} MiB`;
}

/** The JVM flag for a byte count, in whole MiB. */
export const jvmSize = (bytes: number) => `${Math.max(1, Math.floor(bytes / MIB))}m`;

/**
 * Heap: an eighth of the memory, 512 MiB to 8 GiB (query state, transaction state of a big write).
 * Page cache: a quarter, 256 MiB to 16 GiB (the store and indexes; a 1M-document graph is a few GiB).
 * The rest stays with the app, the sandbox and the OS. Either can be set instead.
 */
export function memoryPlan(totalBytes: number, overrides: { heap?: string; pageCache?: string } = {}): MemoryPlan {
  const heapBytes = overrides.heap
    ? parseSize('NEO4J_LOCAL_HEAP', overrides.heap)
    : clamp(Math.floor(totalBytes / 8), 512 * MIB, 8 * GIB);
  const pageCacheBytes = overrides.pageCache
    ? parseSize('NEO4J_LOCAL_PAGE_CACHE', overrides.pageCache)
    : clamp(Math.floor(totalBytes / 4), 256 * MIB, 16 * GIB);
  const how = (set: string | undefined, share: string) => (set ? 'set' : share);
  const summary =
    `heap ${formatSize(heapBytes)} (${how(overrides.heap, '1/8')}), page cache ${formatSize(pageCacheBytes)} ` +
    `(${how(overrides.pageCache, '1/4')}) of ${formatSize(totalBytes)} of memory; ` +
    'NEO4J_LOCAL_HEAP and NEO4J_LOCAL_PAGE_CACHE change them';
  return { heapBytes, pageCacheBytes, summary };
}
