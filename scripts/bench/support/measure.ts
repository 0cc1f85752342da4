/** The p-th percentile (0–100) of a sample, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Milliseconds taken by each of `runs` sequential calls, after `warmup` untimed ones. */
export async function timeCalls(
  runs: number,
  warmup: number,
  call: (i: number) => Promise<unknown>,
): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await call(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await call(i);
    times.push(performance.now() - started);
  }
  return times;
}

export function describeTimes(times: readonly number[]): string {
  return `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (n=${times.length})`;
}
