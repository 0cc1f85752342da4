// The rows of the code graph's queries (cypher/codebase/): see lib/db/rows.ts.
import type { NoRows } from '../db/rows';
import type { CodeNodeType, CodeRelationship } from '../domain/code-graph';
import type { CodeNodeSummary } from './explore-types';

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
    'codebase/stored-summary': {
      codebase: StoredCodebase;
      imports: number;
      inherits: number;
      calls: number;
      resolvedCalls: number;
      accepts: number;
      returns: number;
    };
  }
}

/** A code node's stored properties as Explore's details query returns them (absent ones are null). */
export interface CodeNodeRecord {
  key: string;
  codebase: string;
  name: string;
  qualname: string | null;
  module: string | null;
  path: string | null;
  signature: string | null;
  params: string | null;
  returns: string | null;
  docstring: string | null;
  decorators: string[] | null;
  bases: string[] | null;
  isMethod: boolean | null;
  isAsync: boolean | null;
  isPackage: boolean | null;
  lineStart: number | null;
  lineEnd: number | null;
  lines: number | null;
}

// Explore's read queries (cypher/codebase/explore-*.cypher, lib/codebase/explore.ts).
declare module '../db/rows' {
  interface QueryRows {
    'codebase/explore-search': CodeNodeSummary & { score: number };
    'codebase/explore-start': CodeNodeSummary & { degree: number };
    'codebase/explore-first-hop': {
      focus: CodeNodeSummary;
      codebase: string;
      degree: number;
      neighbours: CodeNodeSummary[];
    };
    'codebase/explore-second-hop': { type: CodeNodeType; key: string; next: CodeNodeSummary[] };
    'codebase/explore-edges': {
      source: string;
      target: string;
      rel: CodeRelationship;
      resolved: boolean | null;
      count: number | null;
    };
    'codebase/explore-details': {
      node: CodeNodeRecord;
      path: string | null;
      source: string | null;
      groups: Array<{
        rel: CodeRelationship;
        out: boolean;
        total: number;
        top: Array<CodeNodeSummary & { resolved: boolean | null; count: number | null; param: string | null }>;
      }>;
    };
  }
}
