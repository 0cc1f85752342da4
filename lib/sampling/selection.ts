/** How a run picks the scenario of each item when it has more than one. */
export type ScenarioWeighting = 'docCount' | 'uniform';

/**
 * Returns a function drawing an index into `scenarios`: proportional to docCount, or uniform.
 * One scenario always gives 0 without consuming randomness.
 */
export function scenarioChooser(
  scenarios: ReadonlyArray<{ docCount: number }>,
  weighting: ScenarioWeighting,
): (random: () => number) => number {
  const n = scenarios.length;
  if (n <= 1) return () => 0;
  if (weighting === 'uniform') return (random) => Math.min(n - 1, Math.floor(random() * n));
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    total += Math.max(0, scenarios[i]!.docCount);
    cumulative[i] = total;
  }
  if (total === 0) return (random) => Math.min(n - 1, Math.floor(random() * n));
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
