import 'server-only';
import type { Actor } from '../domain/roles';
import { deletePreset, savePreset } from '../synthesis/presets';
import type { SavedPreset } from '../synthesis/types';
import { recordIn } from './record';

/** Saves a Sampler preset as `actor`, audited in the same transaction. */
export async function savePresetAs(actor: Actor, name: string, query: string): Promise<SavedPreset> {
  return savePreset(name, query, (tx) =>
    recordIn(tx, actor, {
      action: 'preset.save',
      target: `preset:${name}`,
      summary: `saved preset ${name}`,
      detail: { query },
    }),
  );
}

/** Deletes a saved preset as `actor`, audited in the same transaction (nothing is recorded for an unknown name). */
export async function deletePresetAs(actor: Actor, name: string): Promise<void> {
  await deletePreset(name, (tx) =>
    recordIn(tx, actor, { action: 'preset.delete', target: `preset:${name}`, summary: `deleted preset ${name}` }),
  );
}
