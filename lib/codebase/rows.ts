// The rows of the code graph's queries (cypher/codebase/): see lib/db/rows.ts.
import type { CodeNodeType, CodeRelationship } from '../domain/code-graph';
import type { CodeNodeSummary } from './explore-types';

/** A code node's stored properties as the details query returns them (absent ones are null). */
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

declare module '../db/rows' {
  interface QueryRows {
    'codebase/explore-codebases': {
      key: string;
      name: string;
      version: string;
      modules: number;
      classes: number;
      functions: number;
      methods: number;
      addedAt: number | null;
    };
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
