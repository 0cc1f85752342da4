import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { distinctRunners, formatEta, pageRange, pollInterval, runnerName } from './format';

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

  it('says which items a page shows, 1-based', () => {
    assert.equal(pageRange(0, 50, 240), '1–50 of 240');
    assert.equal(pageRange(50, 50, 240), '51–100 of 240');
    assert.equal(pageRange(200, 40, 240), '201–240 of 240');
    assert.equal(pageRange(1_000, 50, 1_200), '1,001–1,050 of 1,200');
    assert.equal(pageRange(0, 0, 0), '0 of 0');
    assert.equal(pageRange(300, 0, 240), '0 of 240');
  });

  it('names each runner once, by what started it and its id', () => {
    const app = { id: 'app@vm:15890-3fa9c1', role: 'app' };
    const cli = { id: 'synthesize@vm:15990-00aa11', role: 'synthesize' };
    assert.equal(runnerName(app), "the app's runner (app@vm:15890-3fa9c1)");
    assert.equal(runnerName(cli), 'npm run synthesize (synthesize@vm:15990-00aa11)');
    assert.equal(runnerName({ id: 'x', role: 'other' }), 'other (x)');
    assert.deepEqual(distinctRunners([app, cli, { ...app }]), [app, cli]);
  });
});
