// The rows of the synthesis queries (cypher/synthesis/): see lib/db/rows.ts.
import type { NoRows } from '../db/rows';
import type { BatchAfterWrite } from './item-writes';
import type { StoredItemRow } from './batch-items';
import type { CodeApiRef } from '../codebase/sampling';
import type { CodeAnswerRef } from './codebase-items';
import type { ActiveBatch } from './leases';
import type { BatchRow, StoredBatch, StoredProblem } from './store';
import type { BatchStatus, FailureGroup, RunnerInfo } from './types';

declare module '../db/rows' {
  interface QueryRows {
    'synthesis/active-batches': ActiveBatch;
    'synthesis/add-counters': BatchAfterWrite;
    'synthesis/batch-statuses': { id: string; status: BatchStatus };
    'synthesis/case2code-function': {
      key: string;
      name: string;
      signature: string;
      source: string;
      docstring: string | null;
      docId: string | null;
      docTitle: string | null;
    };
    'synthesis/case2code-functions': { key: string };
    'synthesis/codebase': {
      key: string;
      name: string;
      version: string;
      modules: number;
      classes: number;
      functions: number;
    };
    'synthesis/codebases': {
      key: string;
      name: string;
      version: string;
      modules: number;
      classes: number;
      functions: number;
    };
    'synthesis/codebase-relations': { subject: CodeApiRef; answer: CodeAnswerRef[] };
    'synthesis/codebase-sources': { path: string; content: string };
    'synthesis/batch': BatchRow;
    'synthesis/batch-items': { total: number; items: StoredItemRow[] };
    'synthesis/batch-runners': { runner: RunnerInfo };
    'synthesis/checkpoint': { key: string };
    'synthesis/claim': { items: Array<{ index: number; draft: string | null }> };
    'synthesis/coherence-bins': { bin: number; count: number; total: number | null };
    'synthesis/create-batch': { batch: StoredBatch };
    'synthesis/delete-preset': { deleted: number };
    'synthesis/fail': { key: string };
    'synthesis/failures': { failureClass: string; count: number; examples: FailureGroup['examples'] };
    'synthesis/finish': { key: string };
    'synthesis/forget-runner': NoRows;
    'synthesis/heartbeat': NoRows;
    'synthesis/list-batches': BatchRow;
    'synthesis/lock-batch': { batch: StoredBatch };
    'synthesis/presets': { name: string; query: string; savedAt: string };
    'synthesis/problem': { problem: StoredProblem; batchName: string | null };
    'synthesis/produced': NoRows;
    'synthesis/release': { released: number };
    'synthesis/renew': { key: string; status: BatchStatus };
    'synthesis/requeue-failed': { requeued: number };
    'synthesis/requeue-leased': { requeued: number };
    'synthesis/runner-load': NoRows;
    'synthesis/runners': { runner: RunnerInfo };
    'synthesis/samples': {
      problem: {
        key: string;
        index: number;
        title: string;
        statement: string;
        scenarioName: string;
        coherence: number | null;
        flags: string[] | null;
        features: string;
        createdAt: number;
      };
    };
    'synthesis/save-preset': { name: string; query: string; savedAt: string };
    'synthesis/update-batch': { batch: StoredBatch };
  }
}
