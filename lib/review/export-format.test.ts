import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportFileName, sftLine } from './export-format';

describe('sftLine', () => {
  it('is one JSON line of chat messages: title and statement, then the fenced answer and its explanation', () => {
    const line = sftLine({
      title: 'Sum "it"',
      statement: 'Add the numbers.\n',
      answerCode: 'def f(xs):\n    return sum(xs)\n\n',
      answerExplanation: ' Uses sum. ',
    });
    assert.ok(line.endsWith('\n'));
    assert.equal(line.indexOf('\n'), line.length - 1, 'exactly one line');
    assert.deepEqual(JSON.parse(line), {
      messages: [
        { role: 'user', content: '# Sum "it"\n\nAdd the numbers.' },
        { role: 'assistant', content: '```python\ndef f(xs):\n    return sum(xs)\n```\n\nUses sum.' },
      ],
      kind: 'scenario',
    });
  });

  it('keeps a statement that brings its own heading, and drops an empty explanation', () => {
    const message = JSON.parse(
      sftLine({ title: 'T', statement: '# Own heading\nText', answerCode: 'pass', answerExplanation: '' }),
    ) as { messages: Array<{ content: string }> };
    assert.equal(message.messages[0]!.content, '# Own heading\nText');
    assert.equal(message.messages[1]!.content, '```python\npass\n```');
  });
});

describe('exportFileName', () => {
  it('names status, batch (made file-safe), format and date', () => {
    assert.equal(
      exportFileName('full', 'approved', 'b 1/x', new Date('2026-11-21T12:00:00Z')),
      'problems-approved-b_1_x-full-2026-11-21.jsonl',
    );
    assert.equal(
      exportFileName('sft', 'all', undefined, new Date('2026-11-21T12:00:00Z')),
      'problems-all-sft-2026-11-21.jsonl',
    );
  });
});
