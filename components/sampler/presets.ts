import { z } from 'zod';

/** Named Sampler presets are kept in this browser's localStorage under this key. */
export const PRESETS_KEY = 'scogen.sampler.presets.v1';

const presetSchema = z.object({ name: z.string().min(1).max(80), query: z.string().max(10_000), savedAt: z.string() });
const presetsSchema = z.array(presetSchema);

export type SamplerPreset = z.infer<typeof presetSchema>;

/** Presets from stored JSON; anything unreadable counts as none. */
export function parsePresets(raw: string | null): SamplerPreset[] {
  if (!raw) return [];
  try {
    const parsed = presetsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Adds or replaces the preset of that name, keeping the list sorted by name. */
export function withPreset(presets: readonly SamplerPreset[], preset: SamplerPreset): SamplerPreset[] {
  return [...presets.filter((p) => p.name !== preset.name), preset].sort((a, b) => a.name.localeCompare(b.name));
}

export function withoutPreset(presets: readonly SamplerPreset[], name: string): SamplerPreset[] {
  return presets.filter((p) => p.name !== name);
}
