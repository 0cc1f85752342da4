import 'server-only';
import { readQuery } from '../db/driver';
import type { GraphCounts, GraphStats, ScenarioDegree } from './stats-types';

export type { GraphCounts, GraphStats, ScenarioDegree } from './stats-types';

export interface CountsRow {
  documents: number;
  mentions: number;
  coOccurrences: number;
  scenarios: number;
  knowledge: number;
  domainSkills: number;
  codingSkills: number;
}

/** Node and relationship counts of the whole graph. */
export async function graphCounts(): Promise<GraphCounts> {
  const [row] = await readQuery('graph/stats/counts');
  if (!row) throw new Error('graph/stats/counts returned no row');
  return {
    documents: row.documents,
    mentions: row.mentions,
    coOccurrences: row.coOccurrences,
    elements: {
      Scenario: row.scenarios,
      Knowledge: row.knowledge,
      DomainSkill: row.domainSkills,
      CodingSkill: row.codingSkills,
    },
  };
}

/** Scenarios with the most distinct co-occurring elements. */
export async function topScenariosByDegree(limit: number): Promise<ScenarioDegree[]> {
  return readQuery('graph/stats/top-scenarios', { limit });
}

export async function graphStats(topLimit = 10): Promise<GraphStats> {
  const [counts, topScenarios] = await Promise.all([graphCounts(), topScenariosByDegree(topLimit)]);
  return { counts, topScenarios };
}
