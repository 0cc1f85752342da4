import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentBlocks, fencedBlocks } from './blocks';
import { functionKey, reasonOf, sourceHash, tallyReasons } from './reasons';

describe('fencedBlocks', () => {
  it('keeps Python-tagged and untagged fences, drops other languages, handles ~~~, indentation and long fences', () => {
    const text = [
      '```python',
      'a = 1',
      '```',
      '```sql',
      'SELECT 1;',
      '```',
      '  ```',
      '  b = 2',
      '    c = 3',
      '  ```',
      '~~~py title="x"',
      'd = 4',
      '~~~',
      '````python',
      '```',
      'e = 5',
      '````',
      '```ipython',
      '```',
      '```Python3',
      'f = 6',
    ].join('\r\n');
    assert.deepEqual(fencedBlocks(text), [
      { code: 'a = 1\n', tagged: true },
      { code: 'b = 2\n  c = 3\n', tagged: false },
      { code: 'd = 4\n', tagged: true },
      { code: '```\ne = 5\n', tagged: true },
      { code: 'f = 6\n', tagged: true },
    ]);
  });

  it('numbers a document’s blocks across its body and answers', () => {
    const blocks = documentBlocks({ id: 'd1', body: '```py\nx = 1\n```', answers: ['none', '```\ny = 2\n```'] });
    assert.deepEqual(
      blocks.map((b) => [b.id, b.part, b.tagged]),
      [
        ['d1#0', 'body', true],
        ['d1#1', 'answer 2', false],
      ],
    );
  });
});

describe('reasons and keys', () => {
  it('groups problems by their leading phrase and counts each function once per reason', () => {
    assert.equal(reasonOf('it calls open, print'), 'it calls');
    assert.equal(reasonOf('it imports what the sandbox lacks: requests'), 'it imports what the sandbox lacks');
    assert.deepEqual(
      tallyReasons([['it calls open', 'it calls print'], ['it returns no value', 'it calls eval'], []]),
      [
        { reason: 'it calls', functions: 2 },
        { reason: 'it returns no value', functions: 1 },
      ],
    );
  });

  it('hashes the normalized source, so line ends and trailing blanks do not make a new function', () => {
    assert.equal(sourceHash('def f(x):\r\n    return x   \r\n\r\n'), sourceHash('\ndef f(x):\n    return x'));
    assert.notEqual(sourceHash('def f(x):\n    return x'), sourceHash('def f(x):\n    return  x'));
    assert.equal(functionKey('so-1', 'ab'.repeat(32)), `so-1:${'ab'.repeat(8)}`);
  });
});
