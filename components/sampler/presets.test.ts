import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiRequestError } from '@/components/ui/fetch-json';
import { migrateLegacyPresets, parsePresets, PRESETS_KEY, withoutPreset, withPreset } from './presets';

function memoryStorage(initial: Record<string, string>) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('saved presets', () => {
  it('reads only well-formed legacy lists', () => {
    assert.deepEqual(parsePresets(null), []);
    assert.deepEqual(parsePresets('not json'), []);
    assert.deepEqual(parsePresets('[{"name":""}]'), []);
    const ok = [{ name: 'a', query: 'c=C1', savedAt: '2026-01-01T00:00:00.000Z' }];
    assert.deepEqual(parsePresets(JSON.stringify(ok)), ok);
  });

  it('replaces a preset of the same name and keeps names sorted', () => {
    const a = { name: 'b', query: '1', savedAt: 'x', builtin: false };
    const list = withPreset(withPreset([], a), { name: 'a', query: '2', savedAt: 'y', builtin: false });
    assert.deepEqual(
      list.map((p) => p.name),
      ['a', 'b'],
    );
    assert.equal(
      withPreset(list, { name: 'b', query: '3', savedAt: 'z', builtin: false }).find((p) => p.name === 'b')!.query,
      '3',
    );
    assert.deepEqual(
      withoutPreset(list, 'a').map((p) => p.name),
      ['b'],
    );
  });
});

describe('moving localStorage presets to the server', () => {
  const legacy = JSON.stringify([
    { name: 'mine', query: 'c=C1', savedAt: 'x' },
    { name: 'C2 default', query: 'c=C2', savedAt: 'y' },
  ]);

  it('uploads each preset once and clears the key; refused names are reported, not retried', async () => {
    const storage = memoryStorage({ [PRESETS_KEY]: legacy, other: 'kept' });
    const sent: string[] = [];
    const result = await migrateLegacyPresets(storage, async ({ name }) => {
      sent.push(name);
      if (name === 'C2 default') throw new ApiRequestError(400, { error: 'is a built-in preset' });
    });
    assert.deepEqual(sent, ['mine', 'C2 default']);
    assert.deepEqual(result, {
      uploaded: ['mine'],
      refused: [{ name: 'C2 default', message: 'is a built-in preset' }],
    });
    assert.equal(storage.getItem(PRESETS_KEY), null);
    assert.equal(storage.getItem('other'), 'kept');
  });

  it('keeps the key when the server cannot be reached, and does nothing without one', async () => {
    const storage = memoryStorage({ [PRESETS_KEY]: legacy });
    await assert.rejects(
      migrateLegacyPresets(storage, async () => {
        throw new TypeError('fetch failed');
      }),
      /fetch failed/,
    );
    assert.equal(storage.getItem(PRESETS_KEY), legacy);
    let calls = 0;
    assert.deepEqual(await migrateLegacyPresets(memoryStorage({}), async () => void (calls += 1)), {
      uploaded: [],
      refused: [],
    });
    assert.equal(calls, 0);
  });
});
