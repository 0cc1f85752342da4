import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCount, formatDuration, formatTime, formatTokens } from './format';

describe('formatters', () => {
  it('shortens token counts', () => {
    assert.equal(formatTokens(950), '950');
    assert.equal(formatTokens(12_345), '12k');
    assert.equal(formatTokens(1_234), '1.2k');
    assert.equal(formatTokens(4_100_000), '4.10M');
  });

  it('writes durations with their largest units', () => {
    assert.equal(formatDuration(44.6), '45 s');
    assert.equal(formatDuration(200), '3 min 20 s');
    assert.equal(formatDuration(7_500), '2 h 05 min');
    assert.equal(formatDuration(90_000), '1 d 1 h');
  });

  it('writes counts with separators and times to the second', () => {
    assert.equal(formatCount(12_345), '12,345');
    assert.equal(formatTime(null), '—');
    assert.match(formatTime(Date.UTC(2026, 10, 21, 13, 5, 7)), /^2026-11-2\d \d\d:\d5:07$/);
  });
});
