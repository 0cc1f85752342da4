import { z } from 'zod';
import { ApiRequestError } from '@/components/ui/fetch-json';

/** Before presets moved to the server they were kept in localStorage under this key; it is migrated once. */
export const PRESETS_KEY = 'scogen.sampler.presets.v1';

const presetSchema = z.object({ name: z.string().min(1).max(80), query: z.string().max(10_000), savedAt: z.string() });
const presetsSchema = z.array(presetSchema);

/** A preset as the old localStorage list held it. */
export type LegacyPreset = z.infer<typeof presetSchema>;

/** Presets from stored JSON; anything unreadable counts as none. */
export function parsePresets(raw: string | null): LegacyPreset[] {
  if (!raw) return [];
  try {
    const parsed = presetsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Adds or replaces the preset of that name, keeping the list sorted by name. */
export function withPreset<P extends { name: string }>(presets: readonly P[], preset: P): P[] {
  return [...presets.filter((p) => p.name !== preset.name), preset].sort((a, b) => a.name.localeCompare(b.name));
}

export function withoutPreset<P extends { name: string }>(presets: readonly P[], name: string): P[] {
  return presets.filter((p) => p.name !== name);
}

export interface MigrationResult {
  uploaded: string[];
  /** Presets the server refused (e.g. the name of a built-in one), with its message. */
  refused: Array<{ name: string; message: string }>;
}

/**
 * Uploads the presets of the old localStorage list with `save` and removes the key, unless an upload
 * failed for a reason other than the server refusing that preset (then the key stays for the next load).
 */
export async function migrateLegacyPresets(
  storage: Pick<Storage, 'getItem' | 'removeItem'>,
  save: (preset: { name: string; query: string }) => Promise<unknown>,
): Promise<MigrationResult> {
  const raw = storage.getItem(PRESETS_KEY);
  const result: MigrationResult = { uploaded: [], refused: [] };
  if (raw === null) return result;
  for (const { name, query } of parsePresets(raw)) {
    try {
      await save({ name, query });
      result.uploaded.push(name);
    } catch (error) {
      if (!(error instanceof ApiRequestError) || error.status >= 500) throw error;
      result.refused.push({ name, message: error.message });
    }
  }
  storage.removeItem(PRESETS_KEY);
  return result;
}
