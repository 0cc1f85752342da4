import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { getDriver, sessionConfig } from '../db/driver';
import { computeDelta, type StoredDocument } from './cooccurrence';
import { isElementType } from '../domain/element-types';
import { elementId, type ElementMention } from '../domain/extraction-record';
import { type PreparedDocument } from './prepare-document';

export interface ChunkResult {
  /** Documents not seen before. */
  created: number;
  /** Documents whose earlier contribution was replaced. */
  replaced: number;
  /** Documents whose content hash matched what is stored: nothing written. */
  unchanged: number;
  /** Net change in CO_OCCURS weight over all pairs (can be negative when documents shrink). */
  weightDelta: number;
  /** Pair rows written. */
  pairsWritten: number;
}

/** Pairs as a flat [a, b, delta, …] list of element indexes, plus each pair's key. */
interface PairBatch {
  pairs: number[];
  keys: string[];
}

export interface LockedRow {
  id: string;
  hash: string | null;
  nodeId: string;
  mentions: ElementMention[];
}

/**
 * Writes a chunk of documents in one transaction, replacing each document's earlier contribution.
 * The delta is computed inside the transaction after locking the documents, so a retried or a
 * concurrent ingest of the same document can never count it twice; locks are taken in id order.
 */
export async function ingestChunk(documents: readonly PreparedDocument[]): Promise<ChunkResult> {
  if (documents.length === 0) return { created: 0, replaced: 0, unchanged: 0, weightDelta: 0, pairsWritten: 0 };
  const session = getDriver().session(sessionConfig('WRITE'));
  try {
    return await session.executeWrite((tx) => writeChunk(tx, documents));
  } finally {
    await session.close();
  }
}

async function writeChunk(tx: ManagedTransaction, documents: readonly PreparedDocument[]): Promise<ChunkResult> {
  const ids = [...new Set(documents.map((d) => d.id))].sort();
  const locked = (await tx.run(cypher('graph/ingest/01-lock-documents'), { ids })).records.map(
    (r) => r.toObject() as LockedRow,
  );
  const stored = new Map<string, StoredDocument>(
    locked.map((row) => [row.id, { id: row.id, hash: row.hash, mentions: row.mentions }]),
  );
  const docNodeIds = new Map(locked.map((row) => [row.id, row.nodeId]));

  const delta = computeDelta(documents, stored);
  const result: ChunkResult = {
    created: delta.created,
    replaced: delta.changed.length - delta.created,
    unchanged: delta.unchanged,
    weightDelta: delta.pairs.reduce((sum, p) => sum + p.delta, 0),
    pairsWritten: delta.pairs.length,
  };
  if (delta.changed.length === 0) return result;

  for (const element of delta.elements) {
    // Labels are set from this value; only the fixed allowlist may reach Cypher.
    if (!isElementType(element.type))
      throw new TypeError(`Element type outside the allowlist: ${String(element.type)}`);
  }
  const upserted = await tx.run(cypher('graph/ingest/02-upsert-elements'), {
    rows: delta.elements.map(({ type, key, docDelta, strengthDelta, forms, formDeltas }) => ({
      type,
      key,
      docDelta,
      strengthDelta,
      forms,
      formDeltas,
    })),
  });
  // Elements travel to later queries as indexes into one list of node ids.
  const elementNodeIds: string[] = [];
  const indexOf = new Map<string, number>();
  const createdHere = new Set<string>();
  upserted.records.forEach((record, index) => {
    const id = delta.elements[index]!.id;
    indexOf.set(id, index);
    elementNodeIds.push(record.get('nodeId') as string);
    if (record.get('isNew') === true) createdHere.add(id);
  });
  const index = (id: string): number => {
    const i = indexOf.get(id);
    if (i === undefined) throw new Error(`Element ${JSON.stringify(id)} was not upserted`);
    return i;
  };

  await tx.run(cypher('graph/ingest/03-delete-mentions'), {
    nodeIds: delta.changed.map((doc) => docNodeIds.get(doc.id)!),
  });
  await tx.run(cypher('graph/ingest/04-write-documents'), {
    elementIds: elementNodeIds,
    docs: delta.changed.map((doc) => ({
      nodeId: docNodeIds.get(doc.id)!,
      source: doc.source,
      title: doc.title,
      hash: doc.hash,
      mentions: doc.mentions.map((m) => index(elementId(m.type, m.key))),
      surfaces: doc.mentions.map((m) => m.surface),
    })),
  });

  const fresh: PairBatch = { pairs: [], keys: [] };
  const added: PairBatch = { pairs: [], keys: [] };
  const subtracted = { keys: [] as string[], deltas: [] as number[] };
  for (const pair of delta.pairs) {
    if (pair.delta < 0) {
      subtracted.keys.push(pair.key);
      subtracted.deltas.push(pair.delta);
      continue;
    }
    const batch = createdHere.has(pair.a) || createdHere.has(pair.b) ? fresh : added;
    batch.pairs.push(index(pair.a), index(pair.b), pair.delta);
    batch.keys.push(pair.key);
  }
  if (fresh.keys.length > 0)
    await tx.run(cypher('graph/ingest/05-create-pairs'), { elementIds: elementNodeIds, ...fresh });
  if (added.keys.length > 0)
    await tx.run(cypher('graph/ingest/06-add-pairs'), { elementIds: elementNodeIds, ...added });
  if (subtracted.keys.length > 0) await tx.run(cypher('graph/ingest/07-subtract-pairs'), subtracted);
  const shrinking = delta.elements.filter((e) => e.docDelta < 0).map((e) => elementNodeIds[index(e.id)]!);
  if (shrinking.length > 0) await tx.run(cypher('graph/ingest/08-delete-orphans'), { nodeIds: shrinking });
  return result;
}
