import { ELEMENT_TYPE_INFO } from '../domain/element-types';
import { FEATURE_TYPES, presetOf, totalFeatures, type FeatureCounts } from '../sampling/complexity';
import type { PassRateCell, QualityReport } from './report-types';

// Pure: verified problems grouped by (batch, coherence tenth) → pass rate by coherence and by C × T.

export interface QualityGroup {
  batchId: string;
  /** The batch's params JSON (counts, temperature). */
  params: string | null;
  /** floor(coherence × 10), or null for problems without a coherence. */
  bucket: number | null;
  problems: number;
  passed: number;
  attempts: number;
  solved: number;
}

interface Sums {
  problems: number;
  passed: number;
  attempts: number;
  solved: number;
}

const zero = (): Sums => ({ problems: 0, passed: 0, attempts: 0, solved: 0 });
const add = (into: Sums, group: Sums) => {
  into.problems += group.problems;
  into.passed += group.passed;
  into.attempts += group.attempts;
  into.solved += group.solved;
};
const rates = (s: Sums): PassRateCell => ({
  problems: s.problems,
  passRate: s.attempts > 0 ? s.passed / s.attempts : 0,
  solvedRate: s.problems > 0 ? s.solved / s.problems : 0,
});

function batchShape(params: string | null): { counts: FeatureCounts; temperature: number } | null {
  try {
    const parsed = JSON.parse(params ?? 'null') as { counts?: Partial<FeatureCounts>; temperature?: unknown } | null;
    if (!parsed?.counts || typeof parsed.temperature !== 'number') return null;
    const counts = Object.fromEntries(
      FEATURE_TYPES.map((type) => [type, Number(parsed.counts?.[type] ?? 0)]),
    ) as FeatureCounts;
    return { counts, temperature: parsed.temperature };
  } catch {
    return null;
  }
}

/** "C2" for a preset, otherwise the counts per type ("DK 2 · DS 1 · CS 0"). */
export function complexityLabel(counts: FeatureCounts): string {
  return (
    presetOf(counts) ?? FEATURE_TYPES.map((type) => `${ELEMENT_TYPE_INFO[type].short} ${counts[type]}`).join(' · ')
  );
}

/** The Sampler view that sweeps T at this complexity over all scenarios. */
export function sweepQuery(counts: FeatureCounts): string {
  const preset = presetOf(counts);
  const params = new URLSearchParams({ select: 'all', c: preset ?? 'custom' });
  if (!preset) {
    params.set('dk', String(counts.Knowledge));
    params.set('ds', String(counts.DomainSkill));
    params.set('cs', String(counts.CodingSkill));
  }
  return params.toString();
}

/** Clamps a coherence tenth into the NPMI range [−1, 1]: −10 … 9 (coherence 1 joins the top tenth). */
const clampBucket = (bucket: number) => Math.min(9, Math.max(-10, bucket));

export function qualityReport(groups: readonly QualityGroup[]): QualityReport {
  const total = zero();
  const batches = new Set<string>();
  const byBucket = new Map<number, Sums>();
  let withoutCoherence = 0;
  const complexities = new Map<
    string,
    { label: string; preset: string | null; features: number; samplerQuery: string }
  >();
  const cells = new Map<string, Sums & { complexity: string; temperature: number; batches: Set<string> }>();

  for (const group of groups) {
    add(total, group);
    batches.add(group.batchId);
    if (group.bucket === null) withoutCoherence += group.problems;
    else {
      const bucket = clampBucket(group.bucket);
      const sums = byBucket.get(bucket) ?? zero();
      add(sums, group);
      byBucket.set(bucket, sums);
    }
    const shape = batchShape(group.params);
    if (!shape) continue;
    const label = complexityLabel(shape.counts);
    complexities.set(label, {
      label,
      preset: presetOf(shape.counts) ?? null,
      features: totalFeatures(shape.counts),
      samplerQuery: sweepQuery(shape.counts),
    });
    const key = `${label}|${shape.temperature}`;
    const cell = cells.get(key) ?? { ...zero(), complexity: label, temperature: shape.temperature, batches: new Set() };
    add(cell, group);
    cell.batches.add(group.batchId);
    cells.set(key, cell);
  }

  const seen = [...byBucket.keys()];
  const byCoherence: QualityReport['byCoherence'] = [];
  if (seen.length > 0) {
    for (let bucket = Math.min(...seen); bucket <= Math.max(...seen); bucket += 1) {
      byCoherence.push({
        from: bucket / 10,
        to: (bucket + 1) / 10,
        ...rates(byBucket.get(bucket) ?? zero()),
      });
    }
  }
  return {
    problems: total.problems,
    batches: batches.size,
    byCoherence,
    withoutCoherence,
    complexities: [...complexities.values()].sort((a, b) => a.features - b.features || a.label.localeCompare(b.label)),
    temperatures: [...new Set([...cells.values()].map((c) => c.temperature))].sort((a, b) => a - b),
    cells: [...cells.values()].map(({ complexity, temperature, batches: ids, ...sums }) => ({
      complexity,
      temperature,
      batches: ids.size,
      ...rates(sums),
    })),
  };
}
