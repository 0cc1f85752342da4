// The rows of the verification queries (cypher/verification/): see lib/db/rows.ts.
import type { ClaimedProblem } from './worker';

export interface CountRow {
  key: string;
  n: number;
}

export interface QualityRow {
  batchId: string;
  name: string | null;
  params: string | null;
  bucket: number | null;
  problems: number;
  passed: number;
  attempts: number;
  solved: number;
}

declare module '../db/rows' {
  interface QueryRows {
    'verification/request': {
      missing: string[];
      queued: number;
      problems: Array<{
        key: string;
        verifyState: string | null;
        verifyRequestedBy: string | null;
        verifyRequestedAt: number | null;
      }>;
    };
    'verification/summary': {
      params: string | null;
      problems: number;
      verified: number;
      queued: number;
      byStatus: CountRow[];
      byDifficulty: CountRow[];
      byPassed: Array<{ passed: number; n: number }>;
      byCoverage: Array<{ bin: number; n: number }>;
    };
    'verification/quality': QualityRow;
    'verification/claim': ClaimedProblem;
    'verification/store': { key: string };
    'verification/renew': { key: string };
    'verification/release': { released: number };
    'verification/queue-batch': { queued: number };
    'verification/queue-size': { queued: number; leased: number };
  }
}
