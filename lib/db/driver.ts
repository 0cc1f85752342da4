import 'server-only';
import neo4j, { type Driver, type ManagedTransaction, type SessionConfig } from 'neo4j-driver';
import { forgetServerEnv, serverEnv } from '../env';
import { activeBookmarkManager } from './bookmarks';
import { cypher } from './cypher';
import { idempotent, pruneDue, TX_OP_TTL_MS } from './idempotent';
import type { CypherName, RowOf } from './rows';

type Params = Record<string, unknown>;

const globalForDriver = globalThis as unknown as { scogenDriver?: Driver };

/**
 * The process-wide driver. Integers come back as JS numbers: this is the one place they are mapped,
 * and every count this app stores fits well inside 2^53.
 */
export function getDriver(): Driver {
  if (!globalForDriver.scogenDriver) {
    const env = serverEnv();
    const auth =
      env.NEO4J_PASSWORD !== undefined ? neo4j.auth.basic(env.NEO4J_USERNAME, env.NEO4J_PASSWORD) : undefined;
    globalForDriver.scogenDriver = neo4j.driver(env.neo4jUri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 30_000,
      userAgent: 'scogen-studio/0.1',
    });
  }
  return globalForDriver.scogenDriver;
}

/** Closes the driver; the next getDriver() reads the environment again, so a CLI can switch databases. */
export async function closeDriver(): Promise<void> {
  const driver = globalForDriver.scogenDriver;
  globalForDriver.scogenDriver = undefined;
  forgetServerEnv();
  await driver?.close();
}

/**
 * Session options for the configured database. Sessions share the bookmarks of `executeQuery` (and of the
 * request, lib/db/bookmarks.ts), so a transaction always sees the writes this process or this user committed.
 */
export function sessionConfig(mode: 'READ' | 'WRITE'): SessionConfig {
  const database = serverEnv().NEO4J_DATABASE;
  return {
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    bookmarkManager: activeBookmarkManager(getDriver()),
    ...(database ? { database } : {}),
  };
}

async function run<N extends CypherName>(name: N, params: Params, mode: 'READ' | 'WRITE'): Promise<Array<RowOf<N>>> {
  if (mode === 'WRITE') return writeTransaction((query) => query(name, params));
  const database = serverEnv().NEO4J_DATABASE;
  const result = await getDriver().executeQuery(cypher(name), params, {
    routing: neo4j.routing.READ,
    bookmarkManager: activeBookmarkManager(getDriver()),
    ...(database ? { database } : {}),
  });
  // The one place a record becomes its declared row (lib/db/rows.ts).
  return result.records.map((record) => record.toObject() as RowOf<N>);
}

/** Runs a read query from cypher/ and returns its records as plain objects of the query's row type. */
export async function readQuery<N extends CypherName>(name: N, params: Params = {}): Promise<Array<RowOf<N>>> {
  return run(name, params, 'READ');
}

/** Runs a write query from cypher/ in its own transaction, with the driver's retries, at most once (see writeTransaction). */
export async function writeQuery<N extends CypherName>(name: N, params: Params = {}): Promise<Array<RowOf<N>>> {
  return run(name, params, 'WRITE');
}

/** Runs one query from cypher/ inside a transaction and returns its records as plain objects. */
export type TransactionQuery = <N extends CypherName>(name: N, params?: Params) => Promise<Array<RowOf<N>>>;

/**
 * Runs several queries from cypher/ in one write transaction, with the driver's retries on transient
 * errors (deadlocks included): `work` may run more than once, so it must only read and write through `query`.
 * A retry after the commit point (the connection dropped before the commit's answer) does not run `work`
 * again: it returns the committed run's result (lib/db/idempotent.ts), which must be structured-cloneable.
 */
export async function writeTransaction<R>(work: (query: TransactionQuery) => Promise<R>): Promise<R> {
  const session = getDriver().session(sessionConfig('WRITE'));
  try {
    const result = await session.executeWrite(idempotent((tx) => work(transactionQuery(tx))));
    if (pruneDue()) await session.executeWrite((tx) => pruneTxOps(tx)).catch((error: unknown) => console.warn(error));
    return result;
  } finally {
    await session.close();
  }
}

async function pruneTxOps(tx: ManagedTransaction): Promise<void> {
  await tx.run(cypher('db/tx-op-prune'), { olderThanMs: TX_OP_TTL_MS, limit: 10_000 });
}

/** Named queries from cypher/ inside an open transaction (for code that runs its own text queries in it too). */
export function transactionQuery(tx: ManagedTransaction): TransactionQuery {
  return async <N extends CypherName>(name: N, params: Params = {}) => {
    const result = await tx.run(cypher(name), params);
    return result.records.map((record) => record.toObject() as RowOf<N>);
  };
}
