import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stackedShares } from './progress-bar';

describe('stackedShares', () => {
  it('stacks segments without exceeding the bar', () => {
    assert.deepEqual(stackedShares([5, 2, 1], 10), [50, 20, 10]);
    assert.deepEqual(stackedShares([9, 1, 4], 10), [90, 10, 0]);
    assert.deepEqual(stackedShares([0, 0, 0], 0), [0, 0, 0]);
    assert.deepEqual(stackedShares([-1, 3], 4), [0, 75]);
  });
});
