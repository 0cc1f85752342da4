import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { getDriver, sessionConfig } from '../db/driver';
import { computeDelta, type StoredDocument } from './cooccurrence';
import { isElementType } from './element-types';
import { elementId, type ElementMention, type PreparedDocument } from './extraction-record';

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

interface LockedRow {
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
  const locked = (await tx.run(cypher('graph/ingest/01-lock-documents'), { ids })).records.map((r) => r.toObject() as LockedRow);
  const stored = new Map<string, StoredDocument>(locked.map((row) => [row.id, { id: row.id, hash: row.hash, mentions: row.mentions }]));
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
    if (!isElementType(element.type)) throw new TypeError(`Element type outside the allowlist: ${String(element.type)}`);
  }
  const upserted = await tx.run(cypher('graph/ingest/02-upsert-elements'), {
    rows: delta.elements.map(({ type, key, docDelta, forms, formDeltas }) => ({ type, key, docDelta, forms, formDeltas })),
  });
  const elementNodeIds = new Map<string, string>();
  upserted.records.forEach((record, index) => elementNodeIds.set(delta.elements[index]!.id, record.get('nodeId') as string));
  const nodeIdOf = (id: string): string => {
    const nodeId = elementNodeIds.get(id);
    if (nodeId === undefined) throw new Error(`Element ${JSON.stringify(id)} was not upserted`);
    return nodeId;
  };

  const changedNodeIds = delta.changed.map((doc) => docNodeIds.get(doc.id)!);
  await tx.run(cypher('graph/ingest/03-delete-mentions'), { nodeIds: changedNodeIds });
  await tx.run(cypher('graph/ingest/04-write-documents'), {
    docs: delta.changed.map((doc) => ({
      nodeId: docNodeIds.get(doc.id)!,
      source: doc.source,
      title: doc.title,
      hash: doc.hash,
      mentions: doc.mentions.map((m) => ({ nodeId: nodeIdOf(elementId(m.type, m.key)), surface: m.surface })),
    })),
  });
  if (delta.pairs.length > 0) {
    await tx.run(cypher('graph/ingest/05-update-pairs'), {
      pairs: delta.pairs.map((p) => ({ a: nodeIdOf(p.a), b: nodeIdOf(p.b), delta: p.delta })),
    });
  }
  const shrinking = delta.elements.filter((e) => e.docDelta < 0).map((e) => nodeIdOf(e.id));
  if (shrinking.length > 0) await tx.run(cypher('graph/ingest/06-delete-orphans'), { nodeIds: shrinking });
  return result;
}
