// The rows of the extraction cache's and runs' queries (cypher/extraction/): see lib/db/rows.ts.

/** An extraction run node as stored (cypher/extraction/run/*.cypher project these fields). */
export interface StoredRun {
  id: string;
  name: string;
  state: 'curating' | 'extracting' | 'done' | 'failed' | 'cancelled';
  startedAt: number;
  finishedAt: number | null;
  error: string | null;
  isStub: boolean;
  startedById: string | null;
  startedByName: string | null;
  /** JSON of ExtractionRunView['curation']. */
  curation: string | null;
  total: number | null;
  done: number | null;
  fromCache: number | null;
  extracted: number | null;
  failed: number | null;
  /** JSON of ExtractionRunView['summary']. */
  summary: string | null;
  cancelRequested: boolean;
  owner: string | null;
  takeovers: number;
}

declare module '../db/rows' {
  interface QueryRows {
    'extraction/cache-lookup': { key: string; record: string };
    'extraction/cache-store': { key: string };
    'extraction/count': { n: number };
    'extraction/run/upload-chunk': { index: number };
    'extraction/run/upload': { text: string };
    'extraction/run/create': { id: string };
    'extraction/run/list': { run: StoredRun };
    'extraction/run/get': { run: StoredRun };
    'extraction/run/cancel': { run: StoredRun };
    'extraction/run/checkpoint': { cancelRequested: boolean };
    'extraction/run/finish': { id: string };
    'extraction/run/claim': { id: string; jaccard: number };
  }
}
