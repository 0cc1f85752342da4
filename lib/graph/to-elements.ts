import type { CodeNodeType, CodeRelationship } from '../domain/code-graph';
import type { ElementType } from '../domain/element-types';
import type { Neighbourhood, NeighbourhoodEdge, NeighbourhoodNode } from './explore-types';

/** A Cytoscape element definition, without depending on Cytoscape's types in pure code. */
export interface GraphElement {
  group: 'nodes' | 'edges';
  data: {
    id: string;
    label?: string;
    type?: ElementType | CodeNodeType;
    docCount?: number;
    /** Node diameter in px, from the document count relative to the largest in view. */
    size?: number;
    source?: string;
    target?: string;
    weight?: number;
    /** Edge width in px, from the weight relative to the heaviest in view. */
    width?: number;
    hop?: number;
    /** A code graph's edge: its relationship type. */
    rel?: CodeRelationship;
  };
  classes?: string;
}

export const NODE_SIZE = { min: 14, max: 48 } as const;
export const EDGE_WIDTH = { min: 1, max: 8 } as const;
const LABEL_LENGTH = 32;

/** Edge ids are the unordered pair, so the same edge from two expansions is one element. */
export function edgeId(a: string, b: string): string {
  return a < b ? `${a}\u2194${b}` : `${b}\u2194${a}`;
}

function truncate(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1)}…`;
}

function scale(value: number, max: number, range: { min: number; max: number }): number {
  if (max <= 0) return range.min;
  // Square root keeps a few hubs from dwarfing everything else.
  return Math.round(range.min + (range.max - range.min) * Math.sqrt(Math.max(0, value) / max));
}

/**
 * Turns neighbourhood nodes and edges into Cytoscape elements: one node per element id, one edge
 * per unordered pair (the heaviest weight wins if a pair appears twice), sizes scaled to the view.
 */
export function toElements(
  nodes: readonly NeighbourhoodNode[],
  edges: readonly NeighbourhoodEdge[],
  focusId?: string,
): GraphElement[] {
  const byId = new Map<string, NeighbourhoodNode>();
  for (const node of nodes) {
    const seen = byId.get(node.id);
    if (!seen || node.hop < seen.hop) byId.set(node.id, node);
  }
  const edgeById = new Map<string, NeighbourhoodEdge>();
  for (const edge of edges) {
    if (edge.source === edge.target || !byId.has(edge.source) || !byId.has(edge.target)) continue;
    const id = edgeId(edge.source, edge.target);
    const seen = edgeById.get(id);
    if (!seen || edge.weight > seen.weight) edgeById.set(id, edge);
  }
  const maxDocs = Math.max(0, ...[...byId.values()].map((n) => n.docCount));
  const maxWeight = Math.max(0, ...[...edgeById.values()].map((e) => e.weight));

  const out: GraphElement[] = [];
  for (const node of byId.values()) {
    out.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: truncate(node.name),
        type: node.type,
        docCount: node.docCount,
        size: scale(node.docCount, maxDocs, NODE_SIZE),
        hop: node.hop,
      },
      classes: [node.type, node.id === focusId ? 'focus' : ''].filter(Boolean).join(' '),
    });
  }
  for (const [id, edge] of edgeById) {
    const touchesFocus = edge.source === focusId || edge.target === focusId;
    out.push({
      group: 'edges',
      data: {
        id,
        source: edge.source,
        target: edge.target,
        weight: edge.weight,
        width: scale(edge.weight, maxWeight, EDGE_WIDTH),
      },
      ...(focusId && !touchesFocus ? { classes: 'cross' } : {}),
    });
  }
  return out;
}

/**
 * Explore's view: the focus neighbourhood and the expanded ones merged, dismissed nodes left out (the
 * focus always stays). The page and the server compute it the same way, so their layouts match.
 */
export function viewElements(
  neighbourhoods: ReadonlyArray<Neighbourhood | undefined>,
  dismissed: readonly string[],
  focusId: string | null,
): GraphElement[] {
  const nodes: NeighbourhoodNode[] = [];
  const edges: NeighbourhoodEdge[] = [];
  for (const data of neighbourhoods) {
    if (!data) continue;
    nodes.push(...data.nodes);
    edges.push(...data.edges);
  }
  const dropped = new Set(dismissed);
  const kept = nodes.filter((n) => !dropped.has(n.id) || n.id === focusId);
  return toElements(kept, edges, focusId ?? undefined);
}
