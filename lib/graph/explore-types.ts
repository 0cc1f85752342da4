import type { ElementType } from '../domain/element-types';

/** Data transfer types of the Explore API (shared by route handlers and the browser). */
export interface ElementSummary {
  type: ElementType;
  key: string;
  name: string;
  docCount: number;
}

export interface SearchHit extends ElementSummary {
  /** "Type:key", the id used in URLs and APIs. */
  id: string;
  score: number;
}

export interface NeighbourhoodNode extends ElementSummary {
  id: string;
  /** 0 = the focus, 1 = a neighbour of the focus, 2 = reached through a neighbour. */
  hop: 0 | 1 | 2;
  /** Co-occurrence weight with the focus (hop 1) or with the neighbour it was reached through (hop 2). */
  weight: number;
  /** P1(node | focus) for hop-1 nodes, null otherwise. */
  p1: number | null;
}

export interface NeighbourhoodEdge {
  source: string;
  target: string;
  weight: number;
}

export interface Neighbourhood {
  focus: ElementSummary & { id: string; degree: number; strength: number };
  nodes: NeighbourhoodNode[];
  edges: NeighbourhoodEdge[];
  /** True when the focus has more neighbours than were returned. */
  truncated: boolean;
  limit: number;
  hops: 1 | 2;
}

export interface NeighbourRow extends ElementSummary {
  id: string;
  weight: number;
  /** First-step transition probability P1(v | focus) = weight / Σ weights of the focus (SPEC.md §4). */
  p1: number;
}

export interface ElementDetails {
  element: ElementSummary & { id: string; degree: number; strength: number; documents: number };
  neighboursByType: Array<{ type: ElementType; total: number; top: NeighbourRow[] }>;
  /** `functions`/`eligible`: Python functions the Case2Code scan found in the document. */
  documents: Array<{ id: string; title: string; source: string; functions: number; eligible: number }>;
}

export interface DocumentView {
  id: string;
  title: string;
  source: string;
  body: string | null;
  answers: string[];
  tags: string[];
  url: string | null;
  license: string | null;
  elements: Array<{ id: string; type: ElementType; name: string }>;
}
