import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { closeDriver } from '@/lib/db/driver';
import { applySchema } from '@/lib/db/schema';
import {
  checkpoint,
  chunkText,
  claimRun,
  createRun,
  finishRun,
  getRun,
  listRuns,
  requestCancel,
  runUpload,
} from '@/lib/extraction/run-store';
import { assertTestDatabase, clearGraph } from './helpers';

// The extraction runs' store in Neo4j (lib/extraction/run-store.ts): what lets app instances share runs.
// A negative lease is one that already expired, as a killed instance's does.

before(async () => {
  assertTestDatabase();
  await applySchema();
});
beforeEach(clearGraph);
after(closeDriver);

const progress = (done: number) => ({ total: 10, done, fromCache: 0, extracted: done, failed: 0 });

async function newRun(runner: string, leaseMs: number, text = '{"id":"a"}\n') {
  const id = randomUUID();
  await createRun({ id, name: `${id}.jsonl`, text, jaccard: 0.8, isStub: true, startedBy: null, runner, leaseMs });
  return id;
}

describe('extraction runs in Neo4j', () => {
  it('splits uploads at line ends, never inside a surrogate pair, and joins them back exactly', async () => {
    assert.deepEqual(chunkText('ab\ncd\nef', 4), ['ab\n', 'cd\n', 'ef']);
    assert.deepEqual(chunkText('a😀b', 2), ['a', '😀', 'b']);
    // Three 1 MB chunks: the stored file is the uploaded one.
    const line = `{"id":"x","body":"${'é'.repeat(1000)} 😀"}\n`;
    const text = line.repeat(2500);
    const id = await newRun('a', 30_000, text);
    assert.equal(await runUpload(id), text);
    const run = await getRun(id);
    assert.equal(run?.state, 'curating');
    assert.deepEqual(
      (await listRuns()).map((r) => r.id),
      [id],
    );
  });

  it('a live lease is not taken; an expired one goes to exactly one of two claimers, and the old holder stops', async () => {
    const live = await newRun('a', 30_000);
    assert.equal(await claimRun('b', 30_000), null);
    assert.equal(
      await checkpoint(live, 'a', 30_000, { state: 'extracting', curation: null, progress: progress(1) }),
      'ok',
    );

    const expired = await newRun('old', -1);
    const claims = await Promise.all([claimRun('b', 30_000), claimRun('c', 30_000)]);
    const winners = claims.filter((c) => c !== null);
    assert.equal(winners.length, 1, JSON.stringify(claims));
    assert.equal(winners[0]!.id, expired);
    const winner = claims[0] ? 'b' : 'c';
    const report = { state: 'extracting' as const, curation: null, progress: progress(4) };
    assert.equal(await checkpoint(expired, 'old', 30_000, report), 'lost');
    assert.equal(await checkpoint(expired, winner, 30_000, report), 'ok');
    assert.equal((await getRun(expired))?.takeovers, 1);
    // A new holder counts its cached documents again: the stored progress does not go back meanwhile.
    assert.equal(await checkpoint(expired, winner, 30_000, { ...report, progress: progress(2) }), 'ok');
    assert.equal((await getRun(expired))?.progress?.done, 4);

    assert.equal(await finishRun(expired, 'old', { ...report, state: 'done', error: null, summary: null }), false);
    assert.equal(await finishRun(expired, winner, { ...report, state: 'done', error: null, summary: null }), true);
    assert.equal((await getRun(expired))?.state, 'done');
    assert.equal(await runUpload(expired), '', 'the upload goes once the run ended');
  });

  it('a cancel reaches the holder at its next checkpoint; a run nobody holds is cancelled at once', async () => {
    const held = await newRun('a', 30_000);
    const asked = await requestCancel(held);
    assert.equal(asked?.cancelRequested, true);
    assert.equal(asked?.state, 'curating');
    assert.equal(
      await checkpoint(held, 'a', 30_000, { state: 'extracting', curation: null, progress: null }),
      'cancel',
    );

    const orphan = await newRun('gone', -1);
    const cancelled = await requestCancel(orphan);
    assert.equal(cancelled?.state, 'cancelled');
    assert.equal(await claimRun('b', 30_000), null, 'a cancelled run is not taken over');
    assert.equal(await requestCancel(randomUUID()), undefined);
  });
});
