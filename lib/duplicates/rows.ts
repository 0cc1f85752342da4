// The rows of near-duplicate flagging (cypher/duplicates/): see lib/db/rows.ts.
import type { NoRows } from '../db/rows';
import type { Statement } from './duplicates';

declare module '../db/rows' {
  interface QueryRows {
    'duplicates/read': Statement;
    'duplicates/clear': NoRows;
    'duplicates/link': NoRows;
    'duplicates/flags': { problems: number; flagged: number };
  }
}
