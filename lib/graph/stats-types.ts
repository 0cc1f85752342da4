import type { ElementType } from '../domain/element-types';

/** Data transfer types of the graph statistics (shared by the home page and Explore's start panel). */
export interface GraphCounts {
  documents: number;
  mentions: number;
  coOccurrences: number;
  elements: Record<ElementType, number>;
}

export interface ScenarioDegree {
  key: string;
  name: string;
  docCount: number;
  degree: number;
  strength: number;
}

export interface GraphStats {
  counts: GraphCounts;
  topScenarios: ScenarioDegree[];
}
