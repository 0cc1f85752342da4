import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retryAfterFromHeaders, retryDelayMs } from './retry';

describe('retryAfterFromHeaders', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds, an HTTP date and retry-after-ms (which wins)', () => {
    assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': '3600' }), now), 3_600_000);
    assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': '1.5' }), now), 1_500);
    assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now), 30_000);
    assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': 'Wed, 31 Dec 2025 00:00:00 GMT' }), now), 0);
    assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': '10', 'retry-after-ms': '250' }), now), 250);
    assert.equal(retryAfterFromHeaders(new Headers({ 'retry-after': 'soon' }), now), undefined);
    assert.equal(retryAfterFromHeaders(undefined, now), undefined);
  });
});

describe('retryDelayMs', () => {
  it('caps a server-requested wait', () => {
    assert.equal(retryDelayMs(0, 3_600_000, 500, 60_000), 60_000);
    assert.equal(retryDelayMs(0, 200, 500, 60_000), 200);
  });

  it('backs off exponentially with jitter between half and all of the step, capped', () => {
    for (const retry of [0, 1, 2, 3]) {
      const step = 100 * 2 ** retry;
      assert.equal(
        retryDelayMs(retry, undefined, 100, 60_000, () => 0),
        step / 2,
      );
      assert.equal(
        retryDelayMs(retry, undefined, 100, 60_000, () => 1),
        step,
      );
    }
    assert.equal(
      retryDelayMs(20, undefined, 100, 5_000, () => 1),
      5_000,
    );
  });
});
