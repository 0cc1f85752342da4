// The rows of review and export (cypher/review/): see lib/db/rows.ts. Records with nested maps are
// RawRecord and go through the reshape step (reshape.ts), which checks and maps them field by field.
import type { RawRecord } from '../db/rows';
import type { ProblemStatus } from './types';

declare module '../db/rows' {
  interface QueryRows {
    /** The head of every filtered query; never run alone (db.ts `filtered`). */
    'review/filter': RawRecord;
    'review/page': RawRecord;
    'review/bulk': { matched: number; changed: number };
    'review/problem': RawRecord;
    'review/combination': RawRecord;
    'review/edit': { version: number; revision: number };
    'review/regenerate-examples': { version: number; revision: number };
    'review/set-status': { version: number; from: ProblemStatus };
    'review/element-problems': RawRecord;
    'review/progress': { batchId: string; name: string | null; createdAt: number | null; status: string; n: number };
    'review/scenarios': { key: string; name: string; problems: number };
    'review/export-batches': { batch: RawRecord };
    'review/export-count': { n: number };
    /** The head of every export page; never run alone (db.ts `exportPage`). */
    'review/export-seek': RawRecord;
    'review/export-batch-ids': { batchId: string };
    'review/export-sft': RawRecord;
    'review/export-full': RawRecord;
    'review/export-untested': { n: number };
    'review/export-matched': { n: number };
    'review/export-triplet': {
      index: number;
      key: string;
      title: string | null;
      statement: string | null;
      examples: string | null;
      kind: string | null;
      family: string | null;
      answerCode: string | null;
      tests: string | null;
      difficulty: string | null;
      passRate: number | null;
      coverage: number | null;
    };
  }
}
