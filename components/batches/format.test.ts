import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDuration, formatEta, formatTokens, pollInterval, progressShares } from './format';

describe('batch formatting', () => {
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
    assert.equal(formatEta({ status: 'paused', etaSeconds: 10 }), '—');
    assert.equal(formatEta({ status: 'running', etaSeconds: 10 }), '10 s');
  });

  it('stacks done, failed and in flight without exceeding the bar', () => {
    assert.deepEqual(progressShares({ count: 10, done: 5, failed: 2, inFlight: 1 }), { done: 50, failed: 20, inFlight: 10 });
    assert.deepEqual(progressShares({ count: 10, done: 9, failed: 1, inFlight: 4 }), { done: 90, failed: 10, inFlight: 0 });
    assert.deepEqual(progressShares({ count: 0, done: 0, failed: 0, inFlight: 0 }), { done: 0, failed: 0, inFlight: 0 });
  });

  it('polls fast only while work is going on', () => {
    assert.equal(pollInterval(undefined), 10_000);
    assert.equal(pollInterval([{ status: 'done', inFlight: 0 }]), 10_000);
    assert.equal(pollInterval([{ status: 'done', inFlight: 0 }, { status: 'queued', inFlight: 0 }]), 1_000);
    assert.equal(pollInterval([{ status: 'paused', inFlight: 2 }]), 1_000);
  });
});
