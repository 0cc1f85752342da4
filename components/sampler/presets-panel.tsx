'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { sendJson } from '@/components/ui/fetch-json';
import { OffNote } from '@/components/ui/field-error';
import { formatSamplerView, type SamplerView } from '@/lib/schemas/sampler-view';
import type { SavedPreset } from '@/lib/synthesis/types';
import { migrateLegacyPresets, withoutPreset, withPreset, type MigrationResult } from './presets';
import { presetsQuery } from './queries';
import { RoleNote, useCan } from '@/components/ui/identity';

const savePreset = (preset: { name: string; query: string }) => sendJson<SavedPreset>('/api/presets', 'PUT', preset);

// One migration per page load, even when React mounts the panel twice.
let migration: Promise<MigrationResult> | undefined;

/** Presets kept in this browser before they moved to the server are uploaded once, then removed. */
function useLegacyMigration(): string | null {
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    migration ??= migrateLegacyPresets(window.localStorage, savePreset);
    let live = true;
    migration.then(
      (result) => {
        if (result.uploaded.length > 0) void client.invalidateQueries({ queryKey: presetsQuery().queryKey });
        if (live && (result.uploaded.length > 0 || result.refused.length > 0)) {
          setMessage(
            [
              result.uploaded.length > 0
                ? `Moved ${result.uploaded.length} preset(s) from this browser to the server.`
                : '',
              ...result.refused.map((r) => `Could not move “${r.name}”: ${r.message}.`),
            ]
              .filter(Boolean)
              .join(' '),
          );
        }
      },
      (error: Error) => {
        migration = undefined;
        if (live)
          setMessage(
            `Presets saved in this browser are not on the server yet (${error.message}); they are kept and tried again on the next load.`,
          );
      },
    );
    return () => {
      live = false;
    };
  }, [client]);
  return message;
}

/** Save the current parameters under a name; load saved or built-in presets; delete saved ones. Kept on the server, so the CLI can use them. */
export function PresetsPanel({
  view,
  blocker,
  onLoad,
}: {
  view: SamplerView;
  /** Why the parameters cannot be saved (an invalid field). */
  blocker: string | undefined;
  onLoad(query: string): void;
}) {
  const client = useQueryClient();
  const presets = useQuery(presetsQuery());
  const migrated = useLegacyMigration();
  const [name, setName] = useState('');
  const trimmed = name.trim();
  const key = presetsQuery().queryKey;

  const save = useMutation({
    mutationFn: savePreset,
    onSuccess: (saved) => {
      client.setQueryData(key, (list) => withPreset(list ?? [], saved));
      setName('');
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
  const remove = useMutation({
    mutationFn: (presetName: string) =>
      sendJson<void>(`/api/presets?${new URLSearchParams({ name: presetName })}`, 'DELETE'),
    onSuccess: (_, presetName) => client.setQueryData(key, (list) => withoutPreset(list ?? [], presetName)),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
  const list = presets.data ?? [];
  const builtin = list.filter((p) => p.builtin);
  const saved = list.filter((p) => !p.builtin);
  const error = presets.error ?? save.error ?? remove.error;
  const admin = useCan('admin');

  return (
    <section className="panel sampler-presets" aria-labelledby="presets-heading">
      <h2 id="presets-heading">Presets</h2>
      {admin ? (
        <>
          <form
            className="preset-save"
            onSubmit={(event) => {
              event.preventDefault();
              if (trimmed && !blocker)
                save.mutate({ name: trimmed.slice(0, 80), query: formatSamplerView(view).toString() });
            }}
          >
            <label className="field">
              <span>Preset name</span>
              <input
                type="text"
                value={name}
                maxLength={80}
                onChange={(event) => setName(event.target.value)}
                placeholder="e.g. C3 diverse"
              />
            </label>
            <button
              type="submit"
              className="button"
              disabled={!trimmed || Boolean(blocker) || save.isPending}
              aria-describedby={blocker ? 'preset-save-off' : undefined}
            >
              Save preset
            </button>
          </form>
          <OffNote id="preset-save-off" action="Save preset" reason={blocker} />
        </>
      ) : (
        <RoleNote need="admin" action="Saving or deleting a preset" />
      )}
      {error ? (
        <p role="alert" className="error-message">
          {error.message}
        </p>
      ) : null}
      {migrated ? (
        <p role="status" className="note">
          {migrated}
        </p>
      ) : null}
      {presets.isLoading ? <p className="note">Loading presets…</p> : null}
      {list.length > 0 ? (
        <ul className="preset-list" aria-label="Saved presets">
          {[...builtin, ...saved].map((preset) => (
            <li key={preset.name}>
              <button
                type="button"
                className="link"
                onClick={() => onLoad(preset.query)}
                aria-label={`Load preset ${preset.name}`}
              >
                {preset.name}
              </button>
              {preset.builtin ? (
                <span className="note" title="Shipped with the app; it cannot be deleted">
                  built-in
                </span>
              ) : !admin ? null : (
                <button
                  type="button"
                  className="chip-remove"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(preset.name)}
                  aria-label={`Delete preset ${preset.name}`}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="note">
        Kept on the server: <code>npm run synthesize -- --preset &lt;name&gt;</code> runs a batch from one.
        {saved.length === 0 && presets.data ? ' No presets of your own yet.' : ''}
      </p>
    </section>
  );
}
