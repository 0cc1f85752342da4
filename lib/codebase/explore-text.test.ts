import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeTypeAheadQuery, sourceSpan } from './explore-text';

describe('codeTypeAheadQuery', () => {
  it('cuts at non-letters like the simple analyzer, the last run a prefix', () => {
    assert.equal(codeTypeAheadQuery('make_bo'), '+make +bo*');
    assert.equal(codeTypeAheadQuery('larder.pantry.Pan'), '+larder +pantry +pan*');
    assert.equal(codeTypeAheadQuery('Box'), '+box*');
  });

  it('lets no query syntax through, and gives null without letters', () => {
    assert.equal(codeTypeAheadQuery('a:b* OR "c" (d)~'), '+a +b +or +c +d*');
    assert.equal(codeTypeAheadQuery('__init__'), '+init*');
    assert.equal(codeTypeAheadQuery('_ 42 .'), null);
  });
});

describe('sourceSpan', () => {
  const source = ['one', 'two', 'three', 'four', 'five', ''].join('\n');

  it('cuts lines lineStart..lineEnd, inclusive and 1-based', () => {
    assert.deepEqual(sourceSpan('m.py', source, 2, 4), {
      path: 'm.py',
      lineStart: 2,
      lineEnd: 4,
      text: 'two\nthree\nfour',
      truncated: false,
    });
  });

  it('gives the whole file without a span, and clamps a span past the end', () => {
    assert.equal(sourceSpan('m.py', source, null, null).text, 'one\ntwo\nthree\nfour\nfive');
    assert.equal(sourceSpan('m.py', source, 4, 99).lineEnd, 5);
    assert.equal(sourceSpan('m.py', 'a\r\nb\r\n', 1, 2).text, 'a\nb');
  });

  it('shows the first lines of a long span and says so', () => {
    const span = sourceSpan('m.py', source, 1, 5, 2);
    assert.equal(span.text, 'one\ntwo');
    assert.equal(span.lineEnd, 2);
    assert.equal(span.truncated, true);
  });
});
