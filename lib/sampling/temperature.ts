/** log P(v) / T for each v; a probability of 0 gives −∞ (never drawn at any T). */
export function temperatureLogits(probabilities: ArrayLike<number>, temperature: number): Float64Array {
  const logits = new Float64Array(probabilities.length);
  for (let i = 0; i < probabilities.length; i += 1) {
    const p = probabilities[i]!;
    logits[i] = p > 0 ? Math.log(p) / temperature : -Infinity;
  }
  return logits;
}

/**
 * The tempered distribution of SPEC.md §4: P_T(v) = P(v)^(1/T) / Σ_w P(w)^(1/T), computed in log
 * space so that very small T does not underflow. T = 1 returns P renormalized.
 */
export function applyTemperature(probabilities: ArrayLike<number>, temperature: number): number[] {
  const logits = temperatureLogits(probabilities, temperature);
  let max = -Infinity;
  for (const value of logits) if (value > max) max = value;
  if (max === -Infinity) return Array.from(logits, () => 0);
  const weights = Array.from(logits, (value) => Math.exp(value - max));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/** Divides by the sum; an all-zero vector stays all zero. */
export function normalize(values: readonly number[]): number[] {
  const total = values.reduce((sum, v) => sum + v, 0);
  return total > 0 ? values.map((v) => v / total) : values.map(() => 0);
}

/** The temperatures of a sweep: `points` values evenly spaced in log T between min and max. */
export function logTemperatureGrid(min: number, max: number, points: number): number[] {
  if (points === 1) return [min];
  const lo = Math.log10(min);
  const step = (Math.log10(max) - lo) / (points - 1);
  return Array.from({ length: points }, (_, i) => Number(Math.pow(10, lo + i * step).toPrecision(4)));
}
