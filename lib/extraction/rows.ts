// The rows of the extraction cache's queries (cypher/extraction/): see lib/db/rows.ts.

declare module '../db/rows' {
  interface QueryRows {
    'extraction/cache-lookup': { key: string; record: string };
    'extraction/cache-store': { key: string };
    'extraction/count': { n: number };
  }
}

export {};
