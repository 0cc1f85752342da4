/**
 * Normalized PMI of a pair (SPEC.md §4): log(p(u,v) / (p(u)p(v))) / −log p(u,v) with p = count / N.
 * A pair that never co-occurs scores −1; a pair present in every document scores 1.
 */
export function npmi(pairWeight: number, docCountU: number, docCountV: number, documents: number): number {
  if (pairWeight <= 0 || docCountU <= 0 || docCountV <= 0 || documents <= 0) return -1;
  const pUV = pairWeight / documents;
  if (pUV >= 1) return 1;
  const value = Math.log(pUV / ((docCountU / documents) * (docCountV / documents))) / -Math.log(pUV);
  return Math.max(-1, Math.min(1, value));
}

/**
 * Coherence of a combination: the mean NPMI over all pairs of its elements (scenario included).
 * `weight(i, j)` must return the exact f of elements i and j. Null when there is no pair.
 */
export function coherence(
  docCounts: readonly number[],
  weight: (i: number, j: number) => number,
  documents: number,
): number | null {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < docCounts.length; i += 1) {
    for (let j = i + 1; j < docCounts.length; j += 1) {
      sum += npmi(weight(i, j), docCounts[i]!, docCounts[j]!, documents);
      pairs += 1;
    }
  }
  return pairs === 0 ? null : sum / pairs;
}

export interface Diversity {
  /** Distinct combinations / combinations. */
  distinctRatio: number;
  /** Entropy of feature usage over the drawn features, divided by log(candidates available). */
  entropy: number;
  /** Distinct features used / candidates available. */
  coverage: number;
  featuresUsed: number;
  candidatesAvailable: number;
}

/**
 * Diversity of a set of combinations (SPEC.md §4). A combination is its scenario plus its feature
 * set (order ignored); `available` counts the candidates the draws could have used.
 */
export function diversity(
  combinations: ReadonlyArray<{ scenario: string; features: readonly string[] }>,
  available: number,
): Diversity {
  const distinct = new Set<string>();
  const usage = new Map<string, number>();
  let uses = 0;
  for (const combination of combinations) {
    distinct.add(`${combination.scenario}\u0001${[...combination.features].sort().join('\u0001')}`);
    for (const feature of combination.features) {
      usage.set(feature, (usage.get(feature) ?? 0) + 1);
      uses += 1;
    }
  }
  let entropy = 0;
  for (const count of usage.values()) {
    const q = count / uses;
    entropy -= q * Math.log(q);
  }
  return {
    distinctRatio: combinations.length === 0 ? 0 : distinct.size / combinations.length,
    entropy: available > 1 ? entropy / Math.log(available) : 0,
    coverage: available > 0 ? usage.size / available : 0,
    featuresUsed: usage.size,
    candidatesAvailable: available,
  };
}

/** Mean of the non-null values; null when there are none. */
export function meanOf(values: ReadonlyArray<number | null>): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}
