import 'server-only';
import { readQuery, writeQuery } from '../db/driver';
import { DEFAULT_NUM_PERM, LshIndex, MinHasher } from '../similarity/minhash';
import { PROBLEM_DUPLICATE_THRESHOLD } from './threshold';

const PAGE = 2_000;
const LINKS_PER_WRITE = 1_000;

export interface Statement {
  key: string;
  batchId: string;
  statement: string;
}

async function* statements(): AsyncGenerator<Statement> {
  let after = '';
  for (;;) {
    const rows = await readQuery('duplicates/read', { after, limit: PAGE });
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.key;
  }
}

/**
 * (Re)computes near-duplicate links among problem statements with the extraction pipeline's MinHash
 * and LSH: each problem is linked, by (:Problem)-[:NEAR_DUPLICATE {similarity}]->(:Problem), to the
 * most similar problem before it, and `duplicate` flags follow the links. With `batchId`, only that
 * batch's links are recomputed, its problems compared with all others; otherwise all of them.
 */
export async function flagNearDuplicates(
  options: { batchId?: string; threshold?: number } = {},
): Promise<{ problems: number; flagged: number }> {
  const batch = options.batchId ?? null;
  const hasher = new MinHasher({ numPerm: DEFAULT_NUM_PERM });
  const index = new LshIndex<string>(DEFAULT_NUM_PERM, options.threshold ?? PROBLEM_DUPLICATE_THRESHOLD);
  const links: Array<{ a: string; b: string; similarity: number }> = [];
  // With a batch, everything outside it goes in first, so the batch is compared against all of it.
  const pending: Array<{ key: string; signature: Uint32Array }> = [];
  for await (const row of statements()) {
    const signature = hasher.signature(row.statement);
    if (batch !== null && row.batchId !== batch) index.insert(row.key, signature);
    else pending.push({ key: row.key, signature });
  }
  for (const { key, signature } of pending) {
    const match = index.query(signature);
    if (match !== null) links.push({ a: key, b: match.of, similarity: match.similarity });
    index.insert(key, signature);
  }

  await writeQuery('duplicates/clear', { batch });
  const now = Date.now();
  for (let i = 0; i < links.length; i += LINKS_PER_WRITE)
    await writeQuery('duplicates/link', { links: links.slice(i, i + LINKS_PER_WRITE), now });
  const [counts] = await writeQuery('duplicates/flags', { batch });
  return { problems: counts?.problems ?? 0, flagged: counts?.flagged ?? 0 };
}
