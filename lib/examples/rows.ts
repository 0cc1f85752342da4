// The rows of cypher/examples/: see lib/db/rows.ts.
declare module '../db/rows' {
  interface QueryRows {
    'examples/filtered-items': { message: string | null };
    'examples/summary': { status: string; reason: string | null; kept: number | null; dropped: string | null };
  }
}

export {};
