import type { GraphElement } from '@/lib/graph/to-elements';

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutRequest {
  elements: GraphElement[];
  /** Positions that must not move (already placed nodes). */
  fixed?: Positions;
}

/** fcose options: draft quality for large views, where the spectral step alone looks fine. */
export function fcoseOptions(nodeCount: number, fixed?: Positions) {
  const fixedNodeConstraint = fixed
    ? Object.entries(fixed).map(([nodeId, position]) => ({ nodeId, position }))
    : undefined;
  return {
    name: 'fcose',
    quality: nodeCount > 200 ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    nodeRepulsion: () => (nodeCount > 200 ? 8000 : 20000),
    idealEdgeLength: () => (nodeCount > 200 ? 70 : 140),
    edgeElasticity: () => 0.2,
    nodeSeparation: 90,
    numIter: nodeCount > 500 ? 1200 : 2500,
    packComponents: true,
    ...(fixedNodeConstraint && fixedNodeConstraint.length > 0 ? { fixedNodeConstraint } : {}),
  };
}
