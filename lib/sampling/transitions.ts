import { FEATURE_TYPES, type FeatureType } from './complexity';

/** A feature element as the candidate query returns it. */
export interface FeatureElement {
  type: FeatureType;
  key: string;
  name: string;
  docCount: number;
}

/**
 * The raw two-hop neighbourhood of a scenario s, exactly what the candidate query reads: weights
 * f(·,·) and the strengths Σ_w f(u, w) that are the P1 denominators.
 */
export interface ScenarioNeighbourhood {
  scenario: { key: string; name: string; docCount: number; strength: number };
  /** N: documents in the graph. */
  documents: number;
  /** Feature neighbours v of s with f(s, v). */
  firstHop: Array<FeatureElement & { weight: number }>;
  /** Intermediates u of the second hop (any type): f(s, u) and u's strength. */
  via: Array<{ weight: number; strength: number }>;
  /** Features v ≠ s reached through an intermediate: [index into via, f(u, v)] per hop. */
  secondHop: Array<FeatureElement & { hops: Array<[number, number]> }>;
  /** True when a hop was cut to its top-K neighbours by weight. */
  truncated: boolean;
}

/** A candidate feature of a scenario with both transition probabilities. */
export interface Candidate extends FeatureElement {
  /** f(s, v): documents mentioning both the scenario and v (0 when v is only two steps away). */
  scenarioWeight: number;
  /** P1(v|s) = f(s, v) / Σ_w f(s, w). */
  p1: number;
  /** P2(v|s) = Σ_u P1(u|s) · P1(v|u). */
  p2: number;
}

export function candidateId(element: { type: string; key: string }): string {
  return `${element.type}:${element.key}`;
}

/**
 * P1 and P2 of every feature reachable in one or two steps (SPEC.md §4), sorted by (type, key) so
 * that the same graph always yields the same order (and so the same draws for a seed).
 */
export function transitionProbabilities(neighbourhood: ScenarioNeighbourhood): Candidate[] {
  const strength = neighbourhood.scenario.strength;
  const byId = new Map<string, Candidate>();
  const entry = (element: FeatureElement): Candidate => {
    const id = candidateId(element);
    let candidate = byId.get(id);
    if (!candidate) {
      candidate = {
        type: element.type,
        key: element.key,
        name: element.name,
        docCount: element.docCount,
        scenarioWeight: 0,
        p1: 0,
        p2: 0,
      };
      byId.set(id, candidate);
    }
    return candidate;
  };
  if (strength <= 0) return [];
  for (const v of neighbourhood.firstHop) {
    const candidate = entry(v);
    candidate.scenarioWeight = v.weight;
    candidate.p1 = v.weight / strength;
  }
  for (const v of neighbourhood.secondHop) {
    let p2 = 0;
    for (const [viaIndex, weight] of v.hops) {
      const u = neighbourhood.via[viaIndex];
      if (u && u.strength > 0) p2 += (u.weight / strength) * (weight / u.strength);
    }
    entry(v).p2 += p2;
  }
  return [...byId.values()].sort((a, b) =>
    a.type === b.type
      ? a.key < b.key
        ? -1
        : a.key > b.key
          ? 1
          : 0
      : FEATURE_TYPES.indexOf(a.type) - FEATURE_TYPES.indexOf(b.type),
  );
}

/** Candidates of one type with P(v|s) = (1 − λ)P1 + λP2 renormalized within the type; P = 0 dropped. */
export function typeDistribution(
  candidates: readonly Candidate[],
  type: FeatureType,
  lambda: number,
): { candidates: Candidate[]; probabilities: number[] } {
  const kept: Candidate[] = [];
  const mixed: number[] = [];
  let total = 0;
  for (const candidate of candidates) {
    if (candidate.type !== type) continue;
    const p = (1 - lambda) * candidate.p1 + lambda * candidate.p2;
    if (p <= 0) continue;
    kept.push(candidate);
    mixed.push(p);
    total += p;
  }
  return { candidates: kept, probabilities: mixed.map((p) => p / total) };
}
