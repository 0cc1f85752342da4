import 'server-only';
import { randomUUID } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher';

/**
 * Makes a write transaction function safe under the driver's retries (issue 17). The driver runs the function
 * again when a transaction fails with a retryable error, and one such failure comes after the commit: the
 * connection drops before the server's answer arrives, so the write happened but the driver cannot know it.
 * Each call gets an operation id before its first attempt; the attempt that commits also stores a TxOp with
 * that id and the function's result. A replay finds the TxOp and returns that result without running the
 * work again, so the write happens once and the caller sees what the committed attempt returned.
 * test-support/bolt-commit-fault.ts produces exactly that failure for tests/integration/idempotent-writes.test.ts.
 */
export function idempotent<R>(work: (tx: ManagedTransaction) => Promise<R>): (tx: ManagedTransaction) => Promise<R> {
  const op = randomUUID();
  return async (tx) => {
    const prior = await tx.run(cypher('db/tx-op-find'), { op });
    if (prior.records.length > 0) return deserialize(Buffer.from(prior.records[0]!.get('result') as string, 'base64'));
    const result = await work(tx);
    // v8's structured clone keeps Sets, Maps and Dates, which JSON would flatten.
    await tx.run(cypher('db/tx-op-store'), { op, result: serialize(result).toString('base64') });
    return result;
  };
}

/** How long a TxOp is kept: far beyond the driver's retry window (30 s by default). */
export const TX_OP_TTL_MS = 10 * 60_000;
const PRUNE_EVERY_MS = 60_000;
let lastPrune = 0;

/** Whether this process should prune old TxOps now (at most once a minute). */
export function pruneDue(now = Date.now()): boolean {
  if (now - lastPrune < PRUNE_EVERY_MS) return false;
  lastPrune = now;
  return true;
}
