import type { NeighbourhoodEdge, NeighbourhoodNode } from '@/lib/graph/explore-types';
import { toElements, type GraphElement } from '@/lib/graph/to-elements';
import type { PreviewItem } from '@/lib/sampling/sampler-types';

/** A combination as Cytoscape elements: the scenario in focus, its features, and an edge per co-occurring pair. */
export function combinationElements(item: PreviewItem): GraphElement[] {
  const key = (id: string) => id.slice(id.indexOf(':') + 1);
  const nodes: NeighbourhoodNode[] = [
    {
      id: item.scenario.id,
      type: 'Scenario',
      key: item.scenario.key,
      name: item.scenario.name,
      docCount: item.scenario.docCount,
      hop: 0,
      weight: 0,
      p1: null,
    },
    ...item.features.map((f): NeighbourhoodNode => ({
      id: f.id,
      type: f.type,
      key: key(f.id),
      name: f.name,
      docCount: f.docCount,
      hop: 1,
      weight: 0,
      p1: null,
    })),
  ];
  const edges: NeighbourhoodEdge[] = item.pairs
    .filter((pair) => pair.weight > 0)
    .map((pair) => ({ source: nodes[pair.a]!.id, target: nodes[pair.b]!.id, weight: pair.weight }));
  return toElements(nodes, edges, item.scenario.id);
}
