import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pythonTokens } from './python-tokens';

const kinds = (source: string) => pythonTokens(source).filter((t) => t.kind !== 'plain').map((t) => [t.kind, t.text]);

describe('pythonTokens', () => {
  it('classifies keywords, definitions, builtins, numbers, strings, comments and decorators', () => {
    assert.deepEqual(kinds('@cache\ndef total(xs):\n    return sum(xs) + 1.5  # add\n'), [
      ['decorator', '@cache'],
      ['keyword', 'def'],
      ['definition', 'total'],
      ['keyword', 'return'],
      ['builtin', 'sum'],
      ['number', '1.5'],
      ['comment', '# add'],
    ]);
  });

  it('keeps keywords inside strings and comments as strings and comments', () => {
    assert.deepEqual(kinds(`x = f"if {y}" + '''def\nclass''' # return`), [
      ['string', 'f"if {y}"'],
      ['string', "'''def\nclass'''"],
      ['comment', '# return'],
    ]);
  });

  it('never loses or reorders a character, even in broken source', () => {
    for (const source of ['', 'print("unterminated', "a = '''open\n", 'x=1e5j+0xFF # c\n\tdef', 'über = 1 → 2']) {
      assert.equal(pythonTokens(source).map((t) => t.text).join(''), source);
    }
  });
});
