import assert from 'node:assert/strict';
import { test } from 'node:test';
import { difficultyOf, keptAttemptIndex, overallStatus } from './verification';

test('difficulty follows SPEC.md §5 at every count of three attempts', () => {
  assert.deepEqual(
    [0, 1, 2, 3].map((passed) => difficultyOf(passed, 3)),
    // 1 of 3 is exactly 1/3: not below it, so medium
    ['fail', 'medium', 'easy', 'easy'],
  );
});

test('difficulty bands at the edges of other attempt counts', () => {
  // 10 attempts: 1/3 = 3.33…, 2/3 = 6.67…
  assert.deepEqual(
    [0, 1, 3, 4, 6, 7, 10].map((passed) => difficultyOf(passed, 10)),
    ['fail', 'hard', 'hard', 'medium', 'medium', 'easy', 'easy'],
  );
  // 6 attempts: exactly 2/6 = 1/3 is medium (not < 1/3), exactly 4/6 is easy
  assert.deepEqual(
    [1, 2, 3, 4].map((passed) => difficultyOf(passed, 6)),
    ['hard', 'medium', 'medium', 'easy'],
  );
  assert.equal(difficultyOf(0, 0), 'fail');
});

test('the kept attempt is the passing one with the highest coverage, the earliest on a tie', () => {
  assert.equal(
    keptAttemptIndex([
      { status: 'failed', coverage: 1 },
      { status: 'passed', coverage: 0.5 },
      { status: 'passed', coverage: 0.9 },
      { status: 'passed', coverage: 0.9 },
    ]),
    2,
  );
  assert.equal(keptAttemptIndex([{ status: 'no_tests', coverage: 1 }]), -1);
  assert.equal(
    overallStatus([
      { status: 'timeout', coverage: null },
      { status: 'passed', coverage: 0.2 },
    ]),
    'passed',
  );
  assert.equal(
    overallStatus([
      { status: 'timeout', coverage: null },
      { status: 'failed', coverage: 0.2 },
    ]),
    'timeout',
  );
});
