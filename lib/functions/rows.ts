// The rows of the function scan's queries (cypher/functions/): see lib/db/rows.ts.
import type { NoRows } from '../db/rows';
import type { FunctionCounts, FunctionWithDocument, StoredFunction } from './types';

/** A Function node as stored: params as JSON text, docstring absent when it has none. */
export type StoredFunctionRow = Omit<StoredFunction, 'params' | 'docstring'> & { params: string; docstring?: string };

declare module '../db/rows' {
  interface QueryRows {
    'functions/tasks-of-document': {
      key: string;
      count: number;
      tasks: Array<{ batchId: string; index: number; status: string }>;
    };
    'functions/document-count': { documents: number };
    'functions/documents': { id: string; body: string | null; answers: string[] };
    'functions/remove-stale': { removed: number };
    'functions/store': NoRows;
    'functions/mark-documents': NoRows;
    'functions/list': { fn: StoredFunctionRow };
    'functions/by-key': { fn: StoredFunctionRow; document: FunctionWithDocument['document'] };
    'functions/counts': Omit<FunctionCounts, 'reasons'>;
    'functions/reasons': FunctionCounts['reasons'][number];
  }
}
