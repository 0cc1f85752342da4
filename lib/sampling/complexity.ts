import type { ElementType } from '../domain/element-types';

/** The feature types a combination stacks onto its scenario (SPEC.md §4). */
export const FEATURE_TYPES = ['Knowledge', 'DomainSkill', 'CodingSkill'] as const satisfies readonly ElementType[];

export type FeatureType = (typeof FEATURE_TYPES)[number];

/** How many features of each type one combination holds. */
export type FeatureCounts = Record<FeatureType, number>;

export const COMPLEXITY_PRESETS = ['C1', 'C2', 'C3'] as const;

export type ComplexityPreset = (typeof COMPLEXITY_PRESETS)[number];

/** Most features of one type in one combination. */
export const MAX_FEATURES_PER_TYPE = 10;

/** Preset Cn = n features of each type. */
export function presetCounts(preset: ComplexityPreset): FeatureCounts {
  const n = Number(preset.slice(1));
  return { Knowledge: n, DomainSkill: n, CodingSkill: n };
}

/** The preset these counts equal, if any. */
export function presetOf(counts: FeatureCounts): ComplexityPreset | undefined {
  return COMPLEXITY_PRESETS.find((preset) =>
    FEATURE_TYPES.every((type) => presetCounts(preset)[type] === counts[type]),
  );
}

export function totalFeatures(counts: FeatureCounts): number {
  return FEATURE_TYPES.reduce((sum, type) => sum + counts[type], 0);
}

export function isFeatureType(value: string): value is FeatureType {
  return (FEATURE_TYPES as readonly string[]).includes(value);
}
