// The rows of the code graph's queries (cypher/codebase/): see lib/db/rows.ts.
import type { NoRows } from '../db/rows';

/** A Codebase node as stored (lib/codebase/MODEL.md); `failed` is JSON text. */
export interface StoredCodebase {
  key: string;
  name: string;
  version: string;
  root: string;
  hash: string;
  files: number;
  modules: number;
  classes: number;
  functions: number;
  methods: number;
  failed: string;
  parseMs: number;
  loadMs: number;
  addedAt: number;
}

declare module '../db/rows' {
  interface QueryRows {
    'codebase/find': { hash: string };
    'codebase/remove': { removed: number };
    'codebase/create': NoRows;
    'codebase/modules': NoRows;
    'codebase/classes': NoRows;
    'codebase/functions': NoRows;
    'codebase/contains-module-class': NoRows;
    'codebase/contains-module-function': NoRows;
    'codebase/contains-class-class': NoRows;
    'codebase/contains-class-function': NoRows;
    'codebase/imports': NoRows;
    'codebase/inherits': NoRows;
    'codebase/calls': NoRows;
    'codebase/accepts': NoRows;
    'codebase/returns': NoRows;
    'codebase/set-load-ms': NoRows;
    'codebase/list': { codebase: StoredCodebase };
  }
}
