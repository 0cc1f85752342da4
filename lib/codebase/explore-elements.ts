import type { GraphElement } from '../graph/to-elements';
import type { CodeNeighbourhood, CodeNeighbourhoodEdge, CodeNeighbourhoodNode } from './explore-types';

/** Node diameter per kind: modules hold classes, classes hold methods. */
export const CODE_NODE_SIZE = { CodeModule: 38, CodeClass: 30, CodeFunction: 22, method: 18 } as const;
const LABEL_LENGTH = 32;

/** Edge ids carry the relationship: a method that returns its own class has two edges to it. */
export function codeEdgeId(edge: Pick<CodeNeighbourhoodEdge, 'source' | 'target' | 'rel'>): string {
  return `${edge.source}\u2192${edge.target}\u0001${edge.rel}`;
}

function truncate(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1)}…`;
}

const sizeOf = (n: CodeNeighbourhoodNode) =>
  n.type === 'CodeFunction' && n.isMethod ? CODE_NODE_SIZE.method : CODE_NODE_SIZE[n.type];

/**
 * Explore's view of a code graph: the focus neighbourhood and the expanded ones merged, dismissed nodes left
 * out (the focus always stays). Nodes are classed by label (and `method`), edges by relationship, directed as
 * stored; an unresolved CALLS edge is classed `unresolved`.
 */
export function codeViewElements(
  neighbourhoods: ReadonlyArray<CodeNeighbourhood | undefined>,
  dismissed: readonly string[],
  focusId: string | null,
): GraphElement[] {
  const dropped = new Set(dismissed);
  const nodes = new Map<string, CodeNeighbourhoodNode>();
  const edges = new Map<string, CodeNeighbourhoodEdge>();
  for (const data of neighbourhoods) {
    if (!data) continue;
    for (const node of data.nodes) {
      if (dropped.has(node.id) && node.id !== focusId) continue;
      const seen = nodes.get(node.id);
      if (!seen || node.hop < seen.hop) nodes.set(node.id, node);
    }
    for (const edge of data.edges) edges.set(codeEdgeId(edge), edge);
  }
  const out: GraphElement[] = [];
  for (const node of nodes.values()) {
    const classes = [node.type, node.type === 'CodeFunction' ? (node.isMethod ? 'method' : 'function') : ''];
    if (node.id === focusId) classes.push('focus');
    out.push({
      group: 'nodes',
      data: { id: node.id, label: truncate(node.name), type: node.type, size: sizeOf(node), hop: node.hop },
      classes: classes.filter(Boolean).join(' '),
    });
  }
  for (const [id, edge] of edges) {
    if (edge.source === edge.target || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const classes = ['code', edge.rel];
    if (edge.resolved === false) classes.push('unresolved');
    if (focusId && edge.source !== focusId && edge.target !== focusId) classes.push('cross');
    out.push({
      group: 'edges',
      data: {
        id,
        source: edge.source,
        target: edge.target,
        rel: edge.rel,
        weight: edge.count ?? 1,
        width: edge.rel === 'CONTAINS' ? 2.5 : 1.5,
      },
      classes: classes.join(' '),
    });
  }
  return out;
}
