import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tripletLine, verificationFields } from './export-verification';

describe('tripletLine', () => {
  it('is one JSON line: question, solution, tests, id, difficulty, passRate, coverage', () => {
    const line = tripletLine({
      key: 'b/0',
      question: '# T\n\nDo it.',
      answerCode: 'def f():\n    return 1\n',
      tests: 'from solution import f\n',
      difficulty: 'medium',
      passRate: 0.5,
      coverage: null,
    });
    assert.equal(
      line,
      '{"question":"# T\\n\\nDo it.","solution":"def f():\\n    return 1\\n","tests":"from solution import f\\n","id":"b/0","difficulty":"medium","passRate":0.5,"coverage":null,"kind":"scenario"}\n',
    );
  });

  it('is null for a problem without tests', () => {
    const base = { key: 'k', question: 'q', answerCode: 'x', difficulty: null, passRate: null, coverage: null };
    assert.equal(tripletLine({ ...base, tests: null }), null);
    assert.equal(tripletLine({ ...base, tests: '  \n' }), null);
  });
});

describe('verificationFields', () => {
  it('adds nothing to a problem that was never verified', () => {
    assert.deepEqual(verificationFields({ key: 'k', title: 't' }), {});
  });

  it('parses the attempts, drops their raw output, and survives malformed JSON', () => {
    const fields = verificationFields({
      verifyStatus: 'failed',
      tests: 'T',
      passRate: 0,
      difficulty: 'fail',
      verification: JSON.stringify({
        attempts: [{ index: 0, status: 'failed', message: 'm', solution: 'S', tests: 'T', output: 'noise' }, 7],
      }),
    });
    assert.equal(fields.tests, 'T');
    assert.equal(fields.coverage, null);
    assert.equal(fields.unsandboxed, false);
    assert.deepEqual(fields.attempts, [
      {
        index: 0,
        role: null,
        status: 'failed',
        message: 'm',
        counts: { passed: 0, failed: 0, total: 0 },
        coverage: null,
        results: [],
        durationMs: null,
        solution: 'S',
        tests: 'T',
        model: null,
        promptHash: null,
      },
    ]);
    assert.deepEqual(verificationFields({ verifyStatus: 'error', verification: '{not json' }).attempts, []);
  });
});
