import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseInline, parseMarkdown } from './markdown-blocks';

describe('markdown statements', () => {
  it('splits headings, paragraphs, lists and fenced code', () => {
    const source = [
      '# Reorder points',
      '',
      'Compute the reorder point',
      'for each SKU.',
      '',
      '## Constraints',
      '- at most `10^5` rows',
      '- lead time in days,',
      '  never negative',
      '1. first',
      '2. second',
      '',
      '```python',
      'def reorder(rows: list[dict]) -> dict:',
      '',
      '    return {}',
      '```',
      '---',
      '> a note',
    ].join('\n');
    assert.deepEqual(parseMarkdown(source), [
      { type: 'heading', level: 1, text: 'Reorder points' },
      { type: 'paragraph', text: 'Compute the reorder point for each SKU.' },
      { type: 'heading', level: 2, text: 'Constraints' },
      { type: 'list', ordered: false, start: 1, items: ['at most `10^5` rows', 'lead time in days, never negative'] },
      { type: 'list', ordered: true, start: 1, items: ['first', 'second'] },
      { type: 'code', lang: 'python', code: 'def reorder(rows: list[dict]) -> dict:\n\n    return {}' },
      { type: 'rule' },
      { type: 'quote', text: 'a note' },
    ]);
  });

  it('keeps an unclosed fence as code to the end and never drops text', () => {
    assert.deepEqual(parseMarkdown('intro\n```\nx = 1\n# not a heading'), [
      { type: 'paragraph', text: 'intro' },
      { type: 'code', lang: '', code: 'x = 1\n# not a heading' },
    ]);
    assert.deepEqual(parseMarkdown('<script>alert(1)</script>'), [{ type: 'paragraph', text: '<script>alert(1)</script>' }]);
  });

  it('finds inline code, strong and emphasis', () => {
    assert.deepEqual(parseInline('use `df.groupby()` and **never** *loop*; a * b'), [
      { type: 'text', text: 'use ' },
      { type: 'code', text: 'df.groupby()' },
      { type: 'text', text: ' and ' },
      { type: 'strong', text: 'never' },
      { type: 'text', text: ' ' },
      { type: 'em', text: 'loop' },
      { type: 'text', text: '; a * b' },
    ]);
    assert.deepEqual(parseInline('``a ` b``'), [{ type: 'code', text: 'a ` b' }]);
  });
});
