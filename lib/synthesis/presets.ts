import 'server-only';
import { ZodError } from 'zod';
import { readQuery, writeTransaction, type TransactionQuery } from '../db/driver';
import { NotFoundError } from '../domain/errors';
import { presetCounts, type ComplexityPreset } from '../sampling/complexity';
import { formatSamplerView, parseSamplerView, previewBody, type SamplerView } from '../schemas/sampler-view';
import type { SavedPreset } from './types';

function builtin(name: string, complexity: ComplexityPreset, temperature: number): SavedPreset {
  const view: SamplerView = {
    selection: 'all',
    scenarios: [],
    weighting: 'docCount',
    complexity,
    counts: presetCounts(complexity),
    temperature,
    lambda: 0.25,
    strategy: 'random',
    seed: 1,
    count: 20,
  };
  return { name, query: formatSamplerView(view).toString(), savedAt: '2026-11-21T00:00:00.000Z', builtin: true };
}

/** Shipped presets over all scenarios, from the paper's sweet spot outwards. */
export const BUILTIN_PRESETS: readonly SavedPreset[] = [
  builtin('c1-focused', 'C1', 0.5),
  builtin('c2-balanced', 'C2', 1),
  builtin('c3-diverse', 'C3', 2),
];

const isBuiltin = (name: string) => BUILTIN_PRESETS.some((p) => p.name === name);

export async function listPresets(): Promise<SavedPreset[]> {
  const stored = await readQuery('synthesis/presets');
  return [...BUILTIN_PRESETS, ...stored.filter((p) => !isBuiltin(p.name)).map((p) => ({ ...p, builtin: false }))];
}

/** Work to do in a preset change's own transaction once it applied (the audit log). */
type PresetHook = (query: TransactionQuery) => Promise<void>;

export async function savePreset(name: string, query: string, also?: PresetHook): Promise<SavedPreset> {
  if (isBuiltin(name))
    throw new ZodError([
      {
        code: 'custom',
        path: ['name'],
        message: `"${name}" is a built-in preset; choose another name`,
        input: undefined,
      },
    ]);
  const savedAt = new Date().toISOString();
  return writeTransaction(async (tx) => {
    const [row] = await tx('synthesis/save-preset', { name, query, savedAt });
    await also?.(tx);
    return { ...row!, builtin: false };
  });
}

export async function deletePreset(name: string, also?: PresetHook): Promise<void> {
  if (isBuiltin(name))
    throw new ZodError([
      {
        code: 'custom',
        path: ['name'],
        message: `"${name}" is a built-in preset and cannot be deleted`,
        input: undefined,
      },
    ]);
  await writeTransaction(async (tx) => {
    const [row] = await tx('synthesis/delete-preset', { name });
    if (!row || row.deleted === 0) throw new NotFoundError(`No preset named ${JSON.stringify(name)}`);
    await also?.(tx);
  });
}

/** A preset by name, as the sampling fields of a batch request (the CLI). */
export async function presetRequest(name: string): Promise<ReturnType<typeof previewBody> & { samplerQuery: string }> {
  const preset = (await listPresets()).find((p) => p.name === name);
  if (!preset) {
    const names = (await listPresets()).map((p) => p.name).join(', ');
    throw new NotFoundError(`No preset named ${JSON.stringify(name)}. Presets: ${names}`);
  }
  const view = parseSamplerView(new URLSearchParams(preset.query), 1);
  return { ...previewBody(view), samplerQuery: preset.query };
}
