import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WriteQueue } from './write-queue';

describe('WriteQueue', () => {
  it('groups operations pushed during a write into the next write, in order', async () => {
    const writes: number[][] = [];
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    let finishFirst!: () => void;
    const held = new Promise<void>((resolve) => (finishFirst = resolve));
    const queue = new WriteQueue<number, number>(async (ops) => {
      writes.push(ops);
      // The first write stays under way until the second group has been pushed.
      if (writes.length === 1) {
        firstStarted();
        await held;
      }
      return ops.map((op) => op * 10);
    });
    const first = [1, 2, 3].map((n) => queue.push(n));
    await started;
    const second = [4, 5].map((n) => queue.push(n));
    finishFirst();
    assert.deepEqual(await Promise.all([...first, ...second]), [10, 20, 30, 40, 50]);
    assert.deepEqual(writes, [
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('rejects the operations of a failed write and keeps going', async () => {
    let calls = 0;
    const queue = new WriteQueue<number, number>(async (ops) => {
      calls += 1;
      if (calls === 1) throw new Error('disk full');
      return ops;
    }, 2);
    const results = await Promise.allSettled([1, 2, 3].map((n) => queue.push(n)));
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected', 'fulfilled'],
    );
    await queue.flushed();
    assert.equal(queue.size, 0);
  });
});
