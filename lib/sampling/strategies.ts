import { drawRandomCombination, type Combination, type PreparedScenario } from './combination';
import type { FeatureCounts } from './complexity';

export const STRATEGY_IDS = ['random', 'llm'] as const;

export type StrategyId = (typeof STRATEGY_IDS)[number];

/** How a combination is picked from a scenario's prepared candidates. */
export interface CombinationStrategy {
  readonly id: StrategyId;
  draw(prepared: PreparedScenario, counts: FeatureCounts, random: () => number): Combination;
}

export interface StrategyInfo {
  id: StrategyId;
  title: string;
  description: string;
  /** Why the strategy cannot be used yet; undefined when it can. */
  unavailable?: string;
}

/** What the UI and the API say about each strategy. */
export const STRATEGY_INFO: Readonly<Record<StrategyId, StrategyInfo>> = {
  random: { id: 'random', title: 'Random', description: 'Exact draws without replacement from P_T (Gumbel-top-k).' },
  llm: {
    id: 'llm',
    title: 'LLM',
    description:
      'An LLM sees the scenario and the top candidates per type and picks a coherent subset; a rejected pick falls back to random, with the reason.',
  },
};

export const randomStrategy: CombinationStrategy = { id: 'random', draw: drawRandomCombination };

// The llm strategy draws at random first: that draw is its fallback, and its LLM pick replaces it.
const STRATEGIES: Partial<Record<StrategyId, CombinationStrategy>> = {
  random: randomStrategy,
  llm: { id: 'llm', draw: drawRandomCombination },
};

/** The strategy with this id; undefined while it is not available (see STRATEGY_INFO). */
export function strategyFor(id: StrategyId): CombinationStrategy | undefined {
  return STRATEGIES[id];
}
