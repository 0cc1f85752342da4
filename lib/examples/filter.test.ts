import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE2CODE_TEMPLATES, heldBackTests, shownCount, templateIndex } from '../domain/case2code';
import { callText, examplesMarkdown, pythonLiteral, type ExecutedExample } from '../domain/examples';
import type { CallRecord } from '../sandbox/types';
import { showFirst } from './case2code';
import { entryOf, filterExamples, prepareInputs, promisedExceptions } from './filter';

const ok = (i: number, repr: string): CallRecord => ({ i, ok: true, repr, ms: 0 });
const raised = (i: number, type: string, message = 'bad'): CallRecord => ({
  i,
  ok: false,
  error: { type, message },
  ms: 0,
});
const run = (results: CallRecord[]) => ({ results, importError: null, exit: 0 });
const written = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ input: JSON.stringify({ x: i }), expected: '?' }));

describe('executed examples: the filter', () => {
  it('keeps agreeing outputs and promised exceptions; drops the rest by reason', () => {
    const prepared = prepareInputs(
      [...written(6), { input: 'not json', expected: '' }, { input: '{"x": 0}', expected: '' }],
      'kwargs',
      20,
    );
    assert.deepEqual(prepared.dropped, { invalid_input: 1, duplicate: 1 });
    const first = [
      ok(0, '0'),
      ok(1, '1'),
      raised(2, 'ValueError'),
      raised(3, 'ZeroDivisionError'),
      ok(4, '{1, 2}'),
      ok(5, '5'),
    ];
    const second = [
      ok(0, '0'),
      ok(1, '1'),
      raised(2, 'ValueError'),
      raised(3, 'ZeroDivisionError'),
      ok(4, '{2, 1}'),
      ok(5, '5'),
    ];
    const result = filterExamples(
      prepared,
      { status: 'done', message: '', runs: [run(first), run(second)] },
      promisedExceptions('Raise ValueError when x is negative.'),
      8,
    );
    assert.equal(result.reason, null);
    assert.deepEqual(
      result.examples.map((e) => e.output ?? e.error!.type),
      ['0', '1', 'ValueError', '5'],
    );
    assert.deepEqual(result.dropped, { invalid_input: 1, duplicate: 1, violates_constraints: 1, nondeterministic: 1 });
  });

  it('keeps none when fewer than three remain, when all are exceptions, or when counts differ', () => {
    const prepared = prepareInputs(written(3), 'kwargs', 10);
    const two = filterExamples(
      prepared,
      {
        status: 'done',
        message: '',
        runs: [run([ok(0, 'a'), ok(1, 'b'), ok(2, 'c')]), run([ok(0, 'a'), ok(1, 'b'), ok(2, 'd')])],
      },
      new Set(),
      8,
    );
    assert.equal(two.reason, 'only 2 examples passed the filter (at least 3 needed)');
    assert.deepEqual(two.examples, []);
    const errors = [raised(0, 'ValueError'), raised(1, 'ValueError'), raised(2, 'ValueError')];
    const allRaise = filterExamples(
      prepared,
      { status: 'done', message: '', runs: [run(errors), run(errors)] },
      new Set(['ValueError']),
      8,
    );
    assert.equal(allRaise.reason, 'every kept output is an exception');
    const short = filterExamples(
      prepared,
      { status: 'done', message: '', runs: [run([ok(0, 'a')]), run([ok(0, 'a')])] },
      new Set(),
      8,
    );
    assert.match(short.reason ?? '', /input and output counts differ/);
    const timeout = filterExamples(prepared, { status: 'timeout', message: 'killed', runs: [] }, new Set(), 8);
    assert.match(timeout.reason ?? '', /did not complete \(timeout\)/);
  });

  it('reads the entry function and the promised exceptions from the statement', () => {
    assert.equal(entryOf('```python\ndef summarize(records: list[dict]) -> dict:\n```'), 'summarize');
    assert.equal(entryOf('Read n, then n lines from stdin.'), null);
    assert.deepEqual([...promisedExceptions('Raise ValueError or KeyError; a TypeError is a bug.')].sort(), [
      'KeyError',
      'TypeError',
      'ValueError',
    ]);
  });
});

describe('Case2Code tasks', () => {
  const pair = (output: string | null, type?: string): ExecutedExample => ({
    input: '{"x": 1}',
    output,
    error: type ? { type, message: 'no' } : null,
  });

  it('shows returned values first and at most one exception, and always holds one pair back', () => {
    const pairs = [
      pair(null, 'ValueError'),
      pair(null, 'ValueError'),
      pair('1'),
      pair('2'),
      pair('3'),
      pair(null, 'KeyError'),
    ];
    const ordered = showFirst(pairs, 3);
    assert.deepEqual(
      ordered.slice(0, 3).map((p) => p.output ?? p.error!.type),
      ['1', '2', 'ValueError'],
    );
    assert.equal(ordered.length, pairs.length);
    assert.equal(shownCount(3, 4), 2, 'three pairs: two shown, one held back');
    assert.equal(shownCount(10, 4), 4);
  });

  it('spreads functions over every template', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => templateIndex(`doc-${i}:abc`, 0)));
    assert.equal(used.size, CASE2CODE_TEMPLATES.length);
    assert.equal(templateIndex('same', 3), templateIndex('same', 3));
  });

  it('writes held-back pairs as a pytest file and pairs as Python calls', () => {
    const tests = heldBackTests('f', [
      { input: '{"xs": [1, true, null], "s": "a\\"b"}', output: "'ok'", error: null },
      { input: '{"xs": []}', output: null, error: { type: 'ValueError', message: 'empty' } },
    ]);
    assert.match(tests, /from solution import f/);
    assert.match(tests, /assert repr\(f\(xs=\[1, True, None\], s="a\\"b"\)\) == "'ok'"/);
    assert.match(tests, /assert type\(raised.value\).__name__ == "ValueError"/);
    assert.equal(pythonLiteral({ a: [false, 1.5] }), '{"a": [False, 1.5]}');
    assert.equal(callText('g', '{"n": 2}'), 'g(n=2)');
    assert.equal(
      examplesMarkdown({
        status: 'kept',
        mode: 'kwargs',
        entry: 'g',
        examples: [{ input: '{"n": 2}', output: '4', error: null }],
      }),
      '## Examples\n\n```python\n>>> g(n=2)\n4\n```',
    );
  });
});
