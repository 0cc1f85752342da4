import 'server-only';
import { createHash } from 'node:crypto';
import { readQuery, writeQuery } from '../db/driver';
import { extractionRecordSchema, type ExtractionRecord } from '../domain/extraction-record';
import type { LlmUsage } from '../llm/usage';

/** Where validated extractions are kept, keyed by (document hash, prompt hash, model). */
export interface ExtractionCache {
  /** The cached records among `keys`. */
  lookup(keys: readonly string[]): Promise<Map<string, ExtractionRecord>>;
  /** Stores one record durably before it counts as extracted. */
  store(entry: CacheEntry): Promise<void>;
}

export interface CacheEntry {
  key: string;
  docHash: string;
  promptHash: string;
  model: string;
  record: ExtractionRecord;
  usage: LlmUsage;
}

/** The cache key of one document's extraction. */
export function cacheKey(docHash: string, promptHash: string, model: string): string {
  return createHash('sha256').update(`${docHash}\u0000${promptHash}\u0000${model}`).digest('hex').slice(0, 32);
}

const LOOKUP_CHUNK = 5_000;

/**
 * The cache as (:Extraction) nodes in Neo4j, unique on key: it lives next to the graph it feeds,
 * each store is its own committed transaction (so a killed run loses nothing it reported), and a
 * second store of a key is a no-op.
 */
export const neo4jExtractionCache: ExtractionCache = {
  async lookup(keys) {
    const found = new Map<string, ExtractionRecord>();
    for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
      const rows = await readQuery('extraction/cache-lookup', { keys: keys.slice(i, i + LOOKUP_CHUNK) });
      for (const row of rows) {
        // A record that no longer validates (schema changed) is treated as not cached.
        const parsed = extractionRecordSchema.safeParse(JSON.parse(row.record));
        if (parsed.success) found.set(row.key, parsed.data);
      }
    }
    return found;
  },
  async store({ key, docHash, promptHash, model, record, usage }) {
    await writeQuery('extraction/cache-store', {
      key,
      docId: record.docId,
      docHash,
      promptHash,
      model,
      record: JSON.stringify(record),
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      totalTokens: usage.totalTokens,
      attempts: usage.attempts,
    });
  },
};

/** An in-memory cache, for benchmarks and runs that must not touch Neo4j. */
export function memoryExtractionCache(): ExtractionCache & { size(): number } {
  const entries = new Map<string, ExtractionRecord>();
  return {
    async lookup(keys) {
      return new Map(keys.flatMap((key) => (entries.has(key) ? [[key, entries.get(key)!] as const] : [])));
    },
    async store(entry) {
      if (!entries.has(entry.key)) entries.set(entry.key, entry.record);
    },
    size: () => entries.size,
  };
}
