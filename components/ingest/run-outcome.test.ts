import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractionRunView } from '@/lib/extraction/run-types';
import { runOutcome } from './run-outcome';

type Curation = NonNullable<ExtractionRunView['curation']>;

function curation(counts: Partial<Pick<Curation, 'lines' | 'kept' | 'badCount' | 'filtered'>> & { exact?: number }) {
  const badCount = counts.badCount ?? 0;
  return {
    lines: counts.lines ?? 0,
    kept: counts.kept ?? 0,
    codeOnly: 0,
    badCount,
    bad: Array.from({ length: Math.min(badCount, 50) }, (_, i) => ({ line: i + 1, reason: 'invalid JSON' })),
    filtered: counts.filtered ?? {},
    duplicates: { exact: counts.exact ?? 0, near: 0 },
    thresholds: {
      minChars: 80,
      maxChars: 100_000,
      maxLineBytes: 1_000_000,
      jaccard: 0.8,
      minAsciiLetterShare: 0.9,
      minStopwordShare: 0.08,
    },
  };
}

function summary(extracted: number, failed: number): NonNullable<ExtractionRunView['summary']> {
  return {
    documents: extracted + failed,
    fromCache: 0,
    extracted,
    failures: [],
    failedByClass: failed > 0 ? { timeout: failed } : {},
    graph: { created: extracted, replaced: 0, unchanged: 0 } as NonNullable<ExtractionRunView['summary']>['graph'],
    usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0, calls: 0 } as NonNullable<
      ExtractionRunView['summary']
    >['usage'],
    model: 'm',
    promptHash: 'h',
    seconds: 1,
  };
}

const progress = (total: number, done: number, failed = 0) => ({
  total,
  done,
  fromCache: 0,
  extracted: done - failed,
  failed,
});

type Facts = Parameters<typeof runOutcome>[0];
const run = (facts: Partial<Facts>): Facts => ({
  state: 'done',
  error: null,
  curation: null,
  progress: null,
  summary: null,
  ...facts,
});

describe('runOutcome', () => {
  it('a running run shows its state and live progress', () => {
    const outcome = runOutcome(
      run({ state: 'extracting', curation: curation({ lines: 10, kept: 10 }), progress: progress(10, 4) }),
    );
    assert.deepEqual(
      [outcome.kind, outcome.label, outcome.percent, outcome.reason],
      ['running', 'extracting', 40, null],
    );
    assert.equal(runOutcome(run({ state: 'curating' })).percent, 0);
  });

  it('every line bad is a failure, not "done"', () => {
    const outcome = runOutcome(
      run({ curation: curation({ lines: 2, badCount: 2 }), progress: progress(0, 0), summary: summary(0, 0) }),
    );
    assert.equal(outcome.kind, 'failed');
    assert.equal(outcome.label, 'failed');
    assert.equal(outcome.badLines, 2);
    assert.match(outcome.reason ?? '', /Every line of the file is invalid \(2 of 2\)/);
  });

  it('blank lines do not count as lines that could have been valid', () => {
    const outcome = runOutcome(run({ curation: curation({ lines: 5, badCount: 2 }), summary: summary(0, 0) }));
    assert.match(outcome.reason ?? '', /\(2 of 2\)/);
    assert.match(runOutcome(run({ curation: curation({ lines: 3 }) })).reason ?? '', /no documents/);
  });

  it('an errored run fails with its reason', () => {
    const outcome = runOutcome(run({ state: 'failed', error: 'Neo4j is unavailable' }));
    assert.deepEqual(
      [outcome.kind, outcome.label, outcome.reason, outcome.percent],
      ['failed', 'failed', 'Neo4j is unavailable', 100],
    );
    assert.equal(runOutcome(run({ state: 'failed' })).reason, 'The run stopped with an error.');
  });

  it('nothing kept, or every kept document failing extraction, is a failure', () => {
    const filtered = runOutcome(
      run({
        curation: curation({ lines: 3, badCount: 1, filtered: { too_short: 1 }, exact: 1 }),
        summary: summary(0, 0),
      }),
    );
    assert.equal(filtered.kind, 'failed');
    assert.match(filtered.reason ?? '', /No document was kept: 1 bad line/);
    const extraction = runOutcome(
      run({ curation: curation({ lines: 3, kept: 3 }), progress: progress(3, 3, 3), summary: summary(0, 3) }),
    );
    assert.equal(extraction.kind, 'failed');
    assert.match(extraction.reason ?? '', /Every document failed extraction \(3 of 3\)/);
  });

  it('some bad lines finish "with N bad lines", counting every one, not just those listed', () => {
    const one = runOutcome(run({ curation: curation({ lines: 13, kept: 12, badCount: 1 }), summary: summary(12, 0) }));
    assert.deepEqual([one.kind, one.label, one.badLines], ['partial', 'finished with 1 bad line', 1]);
    assert.equal(one.reason, '1 line was not valid and skipped.');
    const many = runOutcome(
      run({ curation: curation({ lines: 200, kept: 120, badCount: 80 }), summary: summary(120, 0) }),
    );
    assert.equal(many.label, 'finished with 80 bad lines');
    assert.equal(many.percent, 100);
  });

  it('failed documents are named beside bad lines', () => {
    const outcome = runOutcome(
      run({
        curation: curation({ lines: 10, kept: 8, badCount: 2 }),
        progress: progress(8, 8, 3),
        summary: summary(5, 3),
      }),
    );
    assert.equal(outcome.label, 'finished with 2 bad lines and 3 failed documents');
    assert.match(outcome.reason ?? '', /3 documents failed extraction/);
    const live = runOutcome(run({ curation: curation({ lines: 4, kept: 4 }), progress: progress(4, 4, 1) }));
    assert.equal(live.label, 'finished with 1 failed document');
  });

  it('a clean run is done; a cancelled one says so with how far it got', () => {
    const done = runOutcome(
      run({ curation: curation({ lines: 12, kept: 12 }), progress: progress(12, 12), summary: summary(12, 0) }),
    );
    assert.deepEqual([done.kind, done.label, done.reason, done.percent], ['done', 'done', null, 100]);
    const cancelled = runOutcome(
      run({
        state: 'cancelled',
        error: 'cancelled',
        curation: curation({ lines: 10, kept: 10 }),
        progress: progress(10, 3),
      }),
    );
    assert.deepEqual([cancelled.kind, cancelled.label, cancelled.percent], ['cancelled', 'cancelled', 30]);
  });
});
