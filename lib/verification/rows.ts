// The rows of the verification queries (cypher/verification/): see lib/db/rows.ts.
import type { ClaimedProblem } from './worker';

declare module '../db/rows' {
  interface QueryRows {
    'verification/claim': ClaimedProblem;
    'verification/store': { key: string };
    'verification/renew': { key: string };
    'verification/release': { released: number };
    'verification/queue-batch': { queued: number };
    'verification/queue-size': { queued: number; leased: number };
  }
}
