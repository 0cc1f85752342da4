import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stepStates } from './start-path-state';

const facts = (over: Partial<Parameters<typeof stepStates>[0]>) => ({
  documents: 0,
  batches: 0,
  reviewed: 0,
  pending: 0,
  ...over,
});

test('an empty graph: getting documents in is the one next step', () => {
  assert.deepEqual(stepStates(facts({})), {
    ingest: 'next',
    explore: 'later',
    sample: 'later',
    launch: 'later',
    review: 'later',
  });
});

test('documents but no batch: explore is next, sampling and launching come later', () => {
  const states = stepStates(facts({ documents: 407 }));
  assert.equal(states.ingest, 'done');
  assert.equal(states.explore, 'next');
  assert.deepEqual([states.sample, states.launch, states.review], ['later', 'later', 'later']);
});

test('a batch with pending problems: review is next; once all are reviewed every step is done', () => {
  assert.equal(stepStates(facts({ documents: 1, batches: 1, pending: 4 })).review, 'next');
  assert.equal(stepStates(facts({ documents: 1, batches: 1, reviewed: 2, pending: 1 })).review, 'next');
  const finished = stepStates(facts({ documents: 1, batches: 2, reviewed: 5, pending: 0 }));
  assert.deepEqual(Object.values(finished), ['done', 'done', 'done', 'done', 'done']);
});

test('exactly one step is next whenever anything is left to do', () => {
  for (const documents of [0, 1])
    for (const batches of [0, 1])
      for (const pending of [0, 3]) {
        const states = Object.values(stepStates(facts({ documents, batches, pending })));
        assert.equal(states.filter((s) => s === 'next').length, 1, JSON.stringify({ documents, batches, pending }));
      }
});
