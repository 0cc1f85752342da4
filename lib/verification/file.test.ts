import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttemptOutcome, AttemptTask } from '../sandbox/types';
import { parseInputLine, verifyLines, VerifySummary } from './file';

function outcome(status: AttemptOutcome['status']): AttemptOutcome {
  return {
    status,
    message: '',
    tests: { passed: status === 'passed' ? 1 : 0, failed: status === 'failed' ? 1 : 0, total: 1 },
    results: [],
    coverage: status === 'passed' ? { lines: 4, covered: 3, ratio: 0.75 } : null,
    output: '',
    durationMs: 12.345,
    fingerprint: 'cpython-3.11.2+lock:000000000000',
    unsandboxed: false,
  };
}

async function* lines(texts: string[]) {
  for (const [i, text] of texts.entries()) yield { text, line: i + 1 };
}

const line = (id: string, code = 'x = 1') => JSON.stringify({ id, code, tests: 'def test_x():\n    pass\n' });

describe('parseInputLine', () => {
  it('names what is wrong with a line', () => {
    const seen = new Map<string, number>();
    const cut = parseInputLine('{"id": 1', 1, seen);
    assert.ok(!cut.ok && cut.id === null && cut.reason.startsWith('not JSON ('), JSON.stringify(cut));
    assert.deepEqual(parseInputLine('{"id": "a", "code": 3}', 2, seen), {
      ok: false,
      id: 'a',
      reason: 'wrong shape: code must be a string (the solution module); tests is missing',
    });
    assert.deepEqual(parseInputLine('"text"', 3, seen), {
      ok: false,
      id: null,
      reason: 'wrong shape: must be a JSON object',
    });
    assert.equal(parseInputLine(line('a'), 4, seen).ok, true);
    assert.deepEqual(parseInputLine(line('a'), 5, seen), {
      ok: false,
      id: 'a',
      reason: 'duplicate id "a" (first on line 4)',
    });
  });
});

describe('verifyLines', () => {
  it('keeps at most `concurrency` attempts in flight and yields each as it finishes', async () => {
    let inFlight = 0;
    let peak = 0;
    const run = async (task: AttemptTask) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      // "slow" finishes after the two lines read after it.
      await new Promise((resolve) => setTimeout(resolve, task.solution === 'slow' ? 60 : 10));
      inFlight -= 1;
      return outcome(task.solution === 'wrong' ? 'failed' : 'passed');
    };
    const summary = new VerifySummary();
    const got = [];
    for await (const record of verifyLines(
      lines([line('a', 'slow'), 'nope', line('b', 'wrong'), line('c'), line('a')]),
      { run, concurrency: 2 },
    )) {
      summary.add(record);
      got.push([record.line, record.id, record.status, record.coverage, record.durationMs]);
    }
    assert.equal(peak, 2);
    assert.deepEqual(got, [
      [2, null, 'invalid_input', null, 0],
      [3, 'b', 'failed', null, 12.3],
      [4, 'c', 'passed', 0.75, 12.3],
      [5, 'a', 'invalid_input', null, 0],
      [1, 'a', 'passed', 0.75, 12.3],
    ]);
    assert.equal(summary.describe(), 'invalid_input 2 · passed 2 · failed 1');
    assert.equal(summary.attempts, 3);
  });

  it('stops reading when aborted and passes the signal to the running attempts', async () => {
    const controller = new AbortController();
    const run = (task: AttemptTask) =>
      new Promise<AttemptOutcome>((resolve) =>
        task.signal!.addEventListener('abort', () => resolve(outcome('cancelled')), { once: true }),
      );
    const records = verifyLines(lines([line('a'), line('b'), line('c')]), {
      run,
      concurrency: 2,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    const got = [];
    for await (const record of records) got.push([record.id, record.status]);
    assert.deepEqual(got, [
      ['a', 'cancelled'],
      ['b', 'cancelled'],
    ]);
  });
});
