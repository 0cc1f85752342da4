import type { CodeNodeType, CodeParam, CodeRelationship } from '../domain/code-graph';

/** Data transfer types of Explore's code-graph API (shared by route handlers and the browser). */
export interface CodebaseSummary {
  key: string;
  name: string;
  version: string;
  modules: number;
  classes: number;
  functions: number;
  methods: number;
}

export interface CodeNodeSummary {
  type: CodeNodeType;
  /** "<codebase key>:<qualname>" (a module's: "<codebase key>:<path>"). */
  key: string;
  name: string;
  /** A module's dotted name stands in for its qualname. */
  qualname: string;
  module: string;
  isMethod: boolean;
}

export interface CodeSearchHit extends CodeNodeSummary {
  /** "Type:key", the id used in URLs and APIs. */
  id: string;
  score: number;
}

export interface CodeStartNode extends CodeNodeSummary {
  id: string;
  degree: number;
}

export interface CodeNeighbourhoodNode extends CodeNodeSummary {
  id: string;
  /** 0 = the focus, 1 = a neighbour of the focus, 2 = reached through a neighbour. */
  hop: 0 | 1 | 2;
}

/** One stored relationship, directed as stored (source → target). */
export interface CodeNeighbourhoodEdge {
  source: string;
  target: string;
  rel: CodeRelationship;
  /** CALLS only: whether the callee resolved through scopes and imports. */
  resolved: boolean | null;
  /** CALLS only: call sites in the caller. */
  count: number | null;
}

export interface CodeNeighbourhood {
  codebase: string;
  focus: CodeNodeSummary & { id: string; degree: number };
  nodes: CodeNeighbourhoodNode[];
  edges: CodeNeighbourhoodEdge[];
  /** True when the focus has more neighbours than were returned. */
  truncated: boolean;
  limit: number;
  hops: 1 | 2;
}

export interface CodeNeighbourRow extends CodeNodeSummary {
  id: string;
  resolved: boolean | null;
  count: number | null;
  /** ACCEPTS only: the parameter whose annotation names the class. */
  param: string | null;
}

export interface CodeNeighbourGroup {
  rel: CodeRelationship;
  /** 'out': this node is the relationship's start (it CONTAINS, CALLS …); 'in': the other end's. */
  direction: 'out' | 'in';
  total: number;
  top: CodeNeighbourRow[];
}

export interface CodeSourceSpan {
  path: string;
  lineStart: number;
  lineEnd: number;
  text: string;
  /** True when the span was longer than what is shown. */
  truncated: boolean;
}

export interface CodeNodeDetails {
  node: CodeNodeSummary & {
    id: string;
    codebase: string;
    /** The module file the node is in (posix, relative to the import root). */
    path: string | null;
    signature: string | null;
    params: CodeParam[];
    returns: string | null;
    docstring: string | null;
    decorators: string[];
    bases: string[];
    isAsync: boolean;
    lineStart: number | null;
    lineEnd: number | null;
  };
  source: CodeSourceSpan | null;
  groups: CodeNeighbourGroup[];
}
