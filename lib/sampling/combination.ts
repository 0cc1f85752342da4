import { FEATURE_TYPES, type FeatureCounts, type FeatureType } from './complexity';
import { GumbelTopK } from './gumbel-top-k';
import { applyTemperature, temperatureLogits } from './temperature';
import { typeDistribution, type Candidate } from './transitions';

/** A scenario's candidates, as cached per scenario on the server. */
export interface ScenarioCandidates {
  scenario: { key: string; name: string; docCount: number; strength: number };
  documents: number;
  truncated: boolean;
  /** Sorted by (type, key). */
  candidates: Candidate[];
}

/** One type's distribution at (λ, T), ready for repeated draws. */
export interface PreparedType {
  /** Candidates with P > 0, in (type, key) order. */
  candidates: Candidate[];
  /** P(v|s) restricted to the type and renormalized (T = 1). */
  probabilities: number[];
  /** P_T(v): the probabilities at the prepared temperature. */
  tempered: number[];
  sampler: GumbelTopK;
}

export interface PreparedScenario {
  source: ScenarioCandidates;
  lambda: number;
  temperature: number;
  types: Record<FeatureType, PreparedType>;
}

export interface Combination {
  /** Drawn features, type by type in FEATURE_TYPES order, each type in draw order. */
  features: Candidate[];
  /** P_T of each drawn feature within its type. */
  probabilities: number[];
  /** Types with fewer candidates than requested: the combination holds all there are, unpadded. */
  short: FeatureType[];
}

/** Builds the per-type samplers for (λ, T); draws then cost O(k log n). */
export function prepareScenario(source: ScenarioCandidates, lambda: number, temperature: number): PreparedScenario {
  const types = {} as Record<FeatureType, PreparedType>;
  for (const type of FEATURE_TYPES) {
    const { candidates, probabilities } = typeDistribution(source.candidates, type, lambda);
    types[type] = {
      candidates,
      probabilities,
      tempered: applyTemperature(probabilities, temperature),
      sampler: new GumbelTopK(temperatureLogits(probabilities, temperature)),
    };
  }
  return { source, lambda, temperature, types };
}

/** Exact draws without replacement from P_T, counts[type] features of each type. */
export function drawRandomCombination(
  prepared: PreparedScenario,
  counts: FeatureCounts,
  random: () => number,
): Combination {
  const features: Candidate[] = [];
  const probabilities: number[] = [];
  const short: FeatureType[] = [];
  for (const type of FEATURE_TYPES) {
    const want = counts[type];
    if (want === 0) continue;
    const { candidates, tempered, sampler } = prepared.types[type];
    const drawn = sampler.draw(want, random);
    if (drawn.length < want) short.push(type);
    for (const index of drawn) {
      features.push(candidates[index]!);
      probabilities.push(tempered[index]!);
    }
  }
  return { features, probabilities, short };
}
