import 'server-only';
import { closeDriver } from '../../../lib/db/driver';
import { localDbOf, resetLocal, startLocal } from '../../../lib/db/local-neo4j';
import { applySchema } from '../../../lib/db/schema';
import { forgetServerEnv, parseEnv } from '../../../lib/env';
import { ingestChunk } from '../../../lib/graph/ingest';
import { prepareDocument } from '../../../lib/graph/prepare-document';
import { graphCounts } from '../../../lib/graph/stats';
import { syntheticCorpus } from './synthetic-corpus';

export const BENCH_PORT = '7689';
export const BENCH_DATA_DIR = '.data/neo4j-bench';
export const BENCH_DOCUMENTS = 100_000;
export const BENCH_SEED = 20_260_101;

/** Points the environment at the bench database (port 7689, .data/neo4j-bench); close any open driver first. */
export function selectBenchDatabase(): ReturnType<typeof localDbOf> {
  const env = parseEnv({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_LOCAL_PORT: BENCH_PORT,
    NEO4J_LOCAL_DATA_DIR: BENCH_DATA_DIR,
  });
  Object.assign(process.env, {
    NEO4J_URI: `bolt://127.0.0.1:${BENCH_PORT}`,
    NEO4J_LOCAL_PORT: BENCH_PORT,
    NEO4J_LOCAL_DATA_DIR: BENCH_DATA_DIR,
  });
  delete process.env.NEO4J_USERNAME;
  delete process.env.NEO4J_PASSWORD;
  delete process.env.NEO4J_DATABASE;
  forgetServerEnv();
  return localDbOf(env);
}

/**
 * Starts the bench database and makes sure it holds exactly the 100,000-document synthetic graph
 * of the ingest benchmark (seed 20260101), loading it (a few minutes) when it does not; with
 * `documents` above that, it expects at least that many (built by bench:ingest --bulk --keep).
 */
export async function ensureSyntheticGraph(
  log: (message: string) => void = console.error,
  documents = BENCH_DOCUMENTS,
): Promise<{ started: boolean; documents: number }> {
  await closeDriver();
  const db = selectBenchDatabase();
  const { started } = await startLocal(db, { log: () => {} });
  await applySchema();
  const counts = await graphCounts();
  if (counts.documents === BENCH_DOCUMENTS && documents === BENCH_DOCUMENTS) return { started, documents };
  // Larger graphs (--docs N) come from bench:ingest --bulk --docs N --keep; a few extra incremental documents are fine.
  if (documents > BENCH_DOCUMENTS && counts.documents >= documents) return { started, documents: counts.documents };
  if (documents > BENCH_DOCUMENTS)
    throw new Error(
      `bench database holds ${counts.documents} documents; build the ${documents}-document graph first: npm run bench:ingest -- --bulk --docs ${documents} --keep`,
    );

  log(
    `bench database holds ${counts.documents} documents; loading the ${BENCH_DOCUMENTS}-document synthetic graph (seed ${BENCH_SEED})…`,
  );
  await closeDriver();
  await resetLocal(db);
  await startLocal(db, { log: () => {} });
  await applySchema();
  let chunk = [];
  for (const record of syntheticCorpus({ documents: BENCH_DOCUMENTS, seed: BENCH_SEED })) {
    chunk.push(prepareDocument(record));
    if (chunk.length === 5_000) {
      await ingestChunk(chunk);
      chunk = [];
    }
  }
  await ingestChunk(chunk);
  return { started: true, documents: BENCH_DOCUMENTS };
}
