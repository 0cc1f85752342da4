'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
import { formatSamplerView, type SamplerView } from '@/lib/schemas/sampler-view';
import { parsePresets, PRESETS_KEY, withoutPreset, withPreset, type SamplerPreset } from './presets';

const CHANGE_EVENT = 'scogen-presets-change';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function store(presets: SamplerPreset[]): void {
  window.localStorage.setItem(PRESETS_KEY, JSON.stringify(presets));
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** Save the current parameters under a name; load or delete saved ones (this browser only). */
export function PresetsPanel({ view, onLoad }: { view: SamplerView; onLoad(query: string): void }) {
  const raw = useSyncExternalStore(subscribe, () => window.localStorage.getItem(PRESETS_KEY), () => null);
  const presets = useMemo(() => parsePresets(raw), [raw]);
  const [name, setName] = useState('');
  const trimmed = name.trim();

  return (
    <section className="panel sampler-presets" aria-labelledby="presets-heading">
      <h2 id="presets-heading">Presets</h2>
      <form
        className="preset-save"
        onSubmit={(event) => {
          event.preventDefault();
          if (!trimmed) return;
          store(withPreset(presets, { name: trimmed.slice(0, 80), query: formatSamplerView(view).toString(), savedAt: new Date().toISOString() }));
          setName('');
        }}
      >
        <label className="field">
          <span>Preset name</span>
          <input type="text" value={name} maxLength={80} onChange={(event) => setName(event.target.value)} placeholder="e.g. C3 diverse" />
        </label>
        <button type="submit" className="button" disabled={!trimmed}>
          Save preset
        </button>
      </form>
      {presets.length === 0 ? (
        <p className="note">No presets yet. They are kept in this browser (localStorage).</p>
      ) : (
        <ul className="preset-list" aria-label="Saved presets">
          {presets.map((preset) => (
            <li key={preset.name}>
              <button type="button" className="link" onClick={() => onLoad(preset.query)} aria-label={`Load preset ${preset.name}`}>
                {preset.name}
              </button>
              <button type="button" className="chip-remove" onClick={() => store(withoutPreset(presets, preset.name))} aria-label={`Delete preset ${preset.name}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
