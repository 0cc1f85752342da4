import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePresets, withoutPreset, withPreset } from './presets';

describe('saved presets', () => {
  it('reads only well-formed lists', () => {
    assert.deepEqual(parsePresets(null), []);
    assert.deepEqual(parsePresets('not json'), []);
    assert.deepEqual(parsePresets('[{"name":""}]'), []);
    const ok = [{ name: 'a', query: 'c=C1', savedAt: '2026-01-01T00:00:00.000Z' }];
    assert.deepEqual(parsePresets(JSON.stringify(ok)), ok);
  });

  it('replaces a preset of the same name and keeps names sorted', () => {
    const a = { name: 'b', query: '1', savedAt: 'x' };
    const list = withPreset(withPreset([], a), { name: 'a', query: '2', savedAt: 'y' });
    assert.deepEqual(list.map((p) => p.name), ['a', 'b']);
    assert.equal(withPreset(list, { name: 'b', query: '3', savedAt: 'z' }).find((p) => p.name === 'b')!.query, '3');
    assert.deepEqual(withoutPreset(list, 'a').map((p) => p.name), ['b']);
  });
});
