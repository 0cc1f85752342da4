import 'server-only';
import type { ManagedTransaction, RecordShape } from 'neo4j-driver';
import { cypher, type CypherName } from '../db/cypher';
import { getDriver, sessionConfig } from '../db/driver';
import type { ReviewFilter } from './schemas';

type Params = Record<string, unknown>;

/** review/filter followed by a tail query that continues from its `p` rows: fixed file texts, never input. */
export function filtered(tail: CypherName): string {
  return `${cypher('review/filter')}\n${cypher(tail)}`;
}

/** The parameters of review/filter: a null turns a condition off. */
export function filterParams(filter: ReviewFilter): Params {
  return {
    batch: filter.batch ?? null,
    status: filter.status ?? null,
    scenario: filter.scenario ?? null,
    coherenceMin: filter.coherenceMin ?? null,
    coherenceMax: filter.coherenceMax ?? null,
    duplicate: filter.duplicate === undefined ? null : filter.duplicate === 'yes',
    elementType: filter.element?.type ?? null,
    elementKey: filter.element?.key ?? null,
  };
}

/** Runs query text (already loaded from cypher/) in a read or write transaction with the driver's retries. */
export async function runText<T extends RecordShape>(mode: 'READ' | 'WRITE', text: string, params: Params): Promise<T[]> {
  const session = getDriver().session(sessionConfig(mode));
  try {
    const work = async (tx: ManagedTransaction) => (await tx.run<T>(text, params)).records.map((record) => record.toObject());
    return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
