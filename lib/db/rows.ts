// The registry of every named query in cypher/ and the row type it returns. It starts empty here: each
// stage declares its own queries beside its code (lib/graph/rows.ts, lib/review/rows.ts …) by adding to
// this interface, so a query name that is not declared is a type error and call sites carry no row types.

/** Query name ("graph/stats/counts", the file under cypher/ without .cypher) → the row it returns. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface QueryRows {}

/** Name of a query file under cypher/, without the extension. */
export type CypherName = keyof QueryRows & string;

/** The row a named query returns. */
export type RowOf<N extends CypherName> = QueryRows[N];

/** The row of a query that returns nothing (a write with no RETURN). */
export type NoRows = Record<string, never>;

/** A record that a reshape step maps field by field (lib/review/reshape.ts). */
export type RawRecord = Record<string, unknown>;

declare module './rows' {
  interface QueryRows {
    'db/await-indexes': NoRows;
    'db/tx-op-find': { result: string };
    'db/tx-op-store': NoRows;
    'db/tx-op-prune': { pruned: number };
  }
}
