import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentProse, markdownProse } from './prose';
import { looksLikePython, pythonProse } from './python-prose';

const words = (pieces: string[]) => pieces.join(' ').split(/\s+/).filter(Boolean).join(' ');

describe('pythonProse', () => {
  it('tells comments from strings that hold a #', () => {
    const { prose, code } = pythonProse(
      [
        'label = "# not a comment, a string"  # the real comment',
        "msg = f'{count} rows # kept {{braces}}'",
        "other = '''He said \"hi\" # still a string'''",
        "# don't open a string here",
        'x = 1',
      ].join('\n'),
    );
    assert.deepEqual(prose, [
      '# not a comment, a string',
      ' the real comment',
      ' rows # kept {braces}',
      'He said "hi" # still a string',
      " don't open a string here",
    ]);
    assert.doesNotMatch(code, /comment|rows|said|open/);
    assert.match(code, /label =/);
    assert.match(code, /x = 1/);
  });

  it('keeps docstrings, drops one-word literals, reads prefixes and escapes', () => {
    const { prose, code } = pythonProse(
      [
        '#!/usr/bin/env python',
        'def mean_of(df):',
        '    """Return the mean price per month."""',
        "    col = df['price']",
        '    path = rb"two words"',
        "    quote = 'it\\'s mine'",
        "    fmt = '%Y-%m-%d'",
        '    return col.mean()',
      ].join('\n'),
    );
    assert.deepEqual(prose, ['Return the mean price per month.', 'two words', "it\\'s mine"]);
    assert.match(code, /df\[\]/);
    assert.match(code, /path = \n/);
    assert.doesNotMatch(code, /rb|price|env/);
  });

  it('ends an unterminated single-quoted string at the line end', () => {
    assert.deepEqual(pythonProse("s = 'open string here\n# a comment after").prose, [
      'open string here',
      ' a comment after',
    ]);
  });
});

describe('markdownProse', () => {
  it('leaves out fenced, tilde-fenced, indented and inline code, keeping what Python code says', () => {
    const split = markdownProse(
      [
        'Intro line with `df.groupby()` here.',
        '',
        '```python',
        'x = 1  # set x',
        '```',
        '',
        '~~~',
        '# tilde comment',
        '~~~',
        '',
        '```sql',
        "SELECT * FROM sales -- a sql comment, 'two words'",
        '```',
        '',
        '    y = 2  # indented comment',
        '',
        'Outro.',
      ].join('\n'),
    );
    assert.equal(words(split.prose), 'Intro line with here. set x tilde comment indented comment Outro.');
    assert.equal(split.hasCode, true);
  });

  it('runs an unclosed fence to the end and treats plain text as prose', () => {
    assert.equal(words(markdownProse('Text before.\n```python\n# inside\nx = 1').prose), 'Text before. inside');
    const plain = markdownProse('Just a sentence, nothing else.\nAnd a second one.');
    assert.deepEqual([words(plain.prose), plain.hasCode], ['Just a sentence, nothing else. And a second one.', false]);
  });

  it('reads a body with no fences that is Python source as code', () => {
    const script = [
      '"""Plot the digits."""',
      'import matplotlib.pyplot as plt',
      'from sklearn.datasets import load_digits',
      '',
      'digits = load_digits()',
      'plt.imshow(digits.images[0])  # first image',
      'plt.show()',
    ].join('\n');
    assert.equal(looksLikePython(script), true);
    const split = markdownProse(script);
    assert.deepEqual([words(split.prose), split.hasCode], ['Plot the digits. first image', true]);
    assert.equal(looksLikePython('I tried this:\nfor each month I want the sum.\nIt fails with an error.'), false);
  });
});

describe('documentProse', () => {
  it('joins the title, body and answers, with the code left out', () => {
    const prose = documentProse({
      title: 'Hash signs in strings',
      body: 'Why is this line printed whole?\n\n```python\nprint("# not a comment")  # prints it\n```',
      answers: ['Because `#` inside quotes is part of the string:\n\n```\ns = "a # b"\n```'],
    });
    assert.equal(
      prose.text,
      [
        'Hash signs in strings',
        'Why is this line printed whole?',
        '# not a comment',
        ' prints it',
        'Because   inside quotes is part of the string:',
        'a # b',
      ].join('\n'),
    );
    assert.equal(prose.hasCode, true);
  });
});
