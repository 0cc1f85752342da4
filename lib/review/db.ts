import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import type { CypherName, RowOf } from '../db/rows';
import { getDriver, sessionConfig, transactionQuery, type TransactionQuery } from '../db/driver';
import type { ReviewFilter } from './schemas';

type Params = Record<string, unknown>;

/** review/filter followed by a tail query that continues from its `p` rows: fixed file texts, never input. */
export interface FilteredQuery<N extends CypherName> {
  text: string;
  /** The tail's name: its row type is the query's. */
  tail: N;
}

export function filtered<N extends CypherName>(tail: N): FilteredQuery<N> {
  return { text: `${cypher('review/filter')}\n${cypher(tail)}`, tail };
}

/**
 * An export page: review/export-seek (one batch's problems after an index, via the problem_batch_index index),
 * review/filter, then the format's tail, which orders by index and takes one page.
 */
export function exportPage<N extends CypherName>(tail: N): FilteredQuery<N> {
  return { text: `${cypher('review/export-seek')}\n${cypher('review/filter')}\n${cypher(tail)}`, tail };
}

/** The parameters of review/filter: a null turns a condition off. */
export function filterParams(filter: Omit<ReviewFilter, 'status'> & { status?: string | undefined }): Params {
  return {
    batch: filter.batch ?? null,
    status: filter.status ?? null,
    scenario: filter.scenario ?? null,
    coherenceMin: filter.coherenceMin ?? null,
    coherenceMax: filter.coherenceMax ?? null,
    duplicate: filter.duplicate === undefined ? null : filter.duplicate === 'yes',
    elementType: filter.element?.type ?? null,
    elementKey: filter.element?.key ?? null,
    verify: filter.verify ? filter.verify.filter((v) => v !== 'unverified') : null,
    unverified: filter.verify?.includes('unverified') ?? false,
    difficulty: filter.difficulty ?? null,
    // Stored coverage is a ratio (0–1); the filter speaks percent.
    coverageMin: filter.coverageMin === undefined ? null : filter.coverageMin / 100,
    kind: filter.kind ?? null,
  };
}

/**
 * Runs a filtered query in a read or write transaction with the driver's retries. `also` (writes only) runs
 * in the same transaction after it, with its rows.
 */
export async function runText<N extends CypherName>(
  mode: 'READ' | 'WRITE',
  query: FilteredQuery<N>,
  params: Params,
  also?: (query: TransactionQuery, rows: Array<RowOf<N>>) => Promise<void>,
): Promise<Array<RowOf<N>>> {
  const session = getDriver().session(sessionConfig(mode));
  try {
    const work = async (tx: ManagedTransaction) => {
      const rows = (await tx.run(query.text, params)).records.map((record) => record.toObject() as RowOf<N>);
      if (also && mode === 'WRITE') await also(transactionQuery(tx), rows);
      return rows;
    };
    return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
