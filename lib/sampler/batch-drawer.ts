import 'server-only';
import { type PreparedScenario } from '../sampling/combination';
import { drawItem, featurePairsOf, scenarioOfItem, scoreItem, type DrawnItem, type ScoredItem } from '../sampling/run';
import { randomStrategy } from '../sampling/strategies';
import type { Combination } from '../sampling/combination';
import { type SamplingRequest } from '../schemas/sampling';
import { currentGraphVersion, pairWeights } from '../graph/candidates';

import { candidatesOrInvalid, cachedPrepare, resolveRun, type Run } from './run-setup';

export interface BatchDraw {
  index: number;
  scenario: { key: string; name: string };
  prepared: PreparedScenario;
  /** The random strategy's combination (the llm strategy's fallback). */
  combination: Combination;
}

export interface BatchDrawer {
  version: string;
  draw(index: number): Promise<BatchDraw>;
  /** Coherence and pair weights of a combination; throws StaleGraphError if the graph changed. */
  score(draw: BatchDraw, combination: Combination): Promise<ScoredItem>;
  /** score() for many items with one weight lookup. */
  scoreMany(items: ReadonlyArray<{ draw: BatchDraw; combination: Combination }>): Promise<ScoredItem[]>;
}

/**
 * Draws batch items one at a time: item i from (seed, i) alone, loading each scenario's candidates
 * on first use. A batch over "all" scenarios touches only the scenarios its items pick.
 */
export async function batchDrawer(request: SamplingRequest & { temperature: number }): Promise<BatchDrawer> {
  const version = await currentGraphVersion();
  const run = await resolveRunForBatch(request, version);
  const loading = new Map<number, Promise<PreparedScenario>>();
  const preparedOf = (scenario: number) => {
    let pending = loading.get(scenario);
    if (!pending) {
      pending = candidatesOrInvalid(run.scenarios[scenario]!.key, version, ['scenarios']).then((source) =>
        cachedPrepare(source, request.lambda, request.temperature),
      );
      loading.set(scenario, pending);
      pending.catch(() => loading.delete(scenario));
    }
    return pending;
  };
  const drawer: BatchDrawer = {
    version,
    async draw(index) {
      const prepared = await preparedOf(scenarioOfItem(request.seed, index, run.choose));
      const item = drawItem(request.seed, index, run.choose, () => prepared, request.counts, randomStrategy);
      const { key, name } = prepared.source.scenario;
      return { index, scenario: { key, name }, prepared, combination: item.combination };
    },
    async score(draw, combination) {
      return (await drawer.scoreMany([{ draw, combination }]))[0]!;
    },
    async scoreMany(items) {
      const drawn: DrawnItem[] = items.map(({ draw, combination }) => ({
        index: draw.index,
        scenario: 0,
        combination,
      }));
      const weight = await pairWeights(featurePairsOf(drawn), version);
      return drawn.map((item, i) => scoreItem(item, items[i]!.draw.prepared, weight));
    },
  };
  return drawer;
}

// A batch checks its LLM when items run, not here: a batch may be launched before the endpoint is up.
function resolveRunForBatch(request: SamplingRequest, version: string): Promise<Run> {
  return resolveRun({ ...request, strategy: 'random' }, version);
}
