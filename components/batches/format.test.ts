import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatEta, pollInterval } from './format';

describe('batch formatting', () => {
  it('shows an ETA only while running', () => {
    assert.equal(formatEta({ status: 'paused', etaSeconds: 10 }), '—');
    assert.equal(formatEta({ status: 'running', etaSeconds: 10 }), '10 s');
  });

  it('polls fast only while work is going on', () => {
    assert.equal(pollInterval(undefined), 10_000);
    assert.equal(pollInterval([{ status: 'done', inFlight: 0 }]), 10_000);
    assert.equal(
      pollInterval([
        { status: 'done', inFlight: 0 },
        { status: 'queued', inFlight: 0 },
      ]),
      1_000,
    );
    assert.equal(pollInterval([{ status: 'paused', inFlight: 2 }]), 1_000);
  });
});
