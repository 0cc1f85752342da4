import type { Combination, PreparedScenario } from './combination';
import { FEATURE_TYPES, type FeatureCounts, type FeatureType } from './complexity';
import { coherence, diversity, meanOf, npmi, type Diversity } from './metrics';
import { itemRandom } from './prng';
import type { CombinationStrategy } from './strategies';
import { candidateId, type Candidate } from './transitions';

/** Picks a scenario index for an item from its random stream. */
export type ScenarioChoice = (random: () => number) => number;

export interface DrawnItem {
  index: number;
  /** Index into the run's scenario list. */
  scenario: number;
  combination: Combination;
}

/** The scenario of item `index`: the first use of the item's own random stream. */
export function scenarioOfItem(seed: number, index: number, choose: ScenarioChoice): number {
  return choose(itemRandom(seed, index));
}

/** Item `index` of a run, derived from (seed, index) alone: the scenario, then its features. */
export function drawItem(
  seed: number,
  index: number,
  choose: ScenarioChoice,
  preparedFor: (scenario: number) => PreparedScenario,
  counts: FeatureCounts,
  strategy: CombinationStrategy,
): DrawnItem {
  const random = itemRandom(seed, index);
  const scenario = choose(random);
  return { index, scenario, combination: strategy.draw(preparedFor(scenario), counts, random) };
}

/** Exact co-occurrence weight of two candidate features (looked up before scoring). */
export type PairWeight = (a: Candidate, b: Candidate) => number;

export interface ScoredPair {
  /** Indexes into the combination's elements; 0 is the scenario, i > 0 is feature i − 1. */
  a: number;
  b: number;
  weight: number;
  npmi: number;
}

export interface ScoredItem extends DrawnItem {
  coherence: number | null;
  pairs: ScoredPair[];
}

/** Coherence of an item (mean NPMI over all pairs, scenario included) and every pair's weight. */
export function scoreItem(item: DrawnItem, prepared: PreparedScenario, pairWeight: PairWeight): ScoredItem {
  const { scenario, documents } = prepared.source;
  const features = item.combination.features;
  const docCounts = [scenario.docCount, ...features.map((f) => f.docCount)];
  const n = docCounts.length;
  // Each weight is looked up once: the lookup is the costly part.
  const weights = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1)
      weights[i * n + j] = i === 0 ? features[j - 1]!.scenarioWeight : pairWeight(features[i - 1]!, features[j - 1]!);
  }
  const weightOf = (i: number, j: number) => weights[i * n + j]!;
  const pairs: ScoredPair[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1)
      pairs.push({
        a: i,
        b: j,
        weight: weightOf(i, j),
        npmi: npmi(weightOf(i, j), docCounts[i]!, docCounts[j]!, documents),
      });
  }
  return { ...item, coherence: coherence(docCounts, weightOf, documents), pairs };
}

/** The feature-to-feature pairs whose weights scoring needs, as candidate pairs. */
export function featurePairsOf(items: readonly DrawnItem[]): Array<[Candidate, Candidate]> {
  const pairs: Array<[Candidate, Candidate]> = [];
  for (const item of items) {
    const features = item.combination.features;
    for (let i = 0; i < features.length; i += 1) {
      for (let j = i + 1; j < features.length; j += 1) pairs.push([features[i]!, features[j]!]);
    }
  }
  return pairs;
}

export interface RunSummary extends Diversity {
  combinations: number;
  /** Mean coherence over the combinations that have at least one pair. */
  coherence: number | null;
  /** Combinations with fewer features of some type than requested. */
  shortCombinations: number;
}

/** Coherence and diversity of a set of scored items drawn from `prepared` scenarios. */
export function summarizeRun(
  items: readonly ScoredItem[],
  prepared: readonly PreparedScenario[],
  counts: FeatureCounts,
): RunSummary {
  const used = new Set(items.map((item) => item.scenario));
  const available = new Set<string>();
  prepared.forEach((scenario, index) => {
    if (!used.has(index)) return;
    for (const type of FEATURE_TYPES) {
      if (counts[type] === 0) continue;
      for (const candidate of scenario.types[type].candidates) available.add(candidateId(candidate));
    }
  });
  const combinations = items.map((item) => ({
    scenario: String(item.scenario),
    features: item.combination.features.map(candidateId),
  }));
  return {
    combinations: items.length,
    coherence: meanOf(items.map((item) => item.coherence)),
    shortCombinations: items.filter((item) => item.combination.short.length > 0).length,
    ...diversity(combinations, available.size),
  };
}

export interface ShortNotice {
  scenario: string;
  type: FeatureType;
  available: number;
  requested: number;
}

/** For each scenario and type with fewer candidates than requested: how many there are. */
export function shortNotices(prepared: readonly PreparedScenario[], counts: FeatureCounts): ShortNotice[] {
  const notices: ShortNotice[] = [];
  for (const scenario of prepared) {
    for (const type of FEATURE_TYPES) {
      const available = scenario.types[type].candidates.length;
      if (available < counts[type])
        notices.push({ scenario: scenario.source.scenario.key, type, available, requested: counts[type] });
    }
  }
  return notices;
}
