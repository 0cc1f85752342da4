import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffStats, lineDiff, type DiffLine } from './line-diff';

const apply = (lines: DiffLine[], side: 'before' | 'after') =>
  lines
    .filter((l) => l.op === 'same' || l.op === (side === 'before' ? 'del' : 'add'))
    .map((l) => l.text)
    .join('\n');

describe('lineDiff', () => {
  it('marks nothing for equal texts', () => {
    assert.deepEqual(lineDiff('a\nb', 'a\nb'), [
      { op: 'same', text: 'a' },
      { op: 'same', text: 'b' },
    ]);
  });

  it('finds a changed line between kept ones, deletion first', () => {
    assert.deepEqual(lineDiff('a\nb\nc', 'a\nB\nc'), [
      { op: 'same', text: 'a' },
      { op: 'del', text: 'b' },
      { op: 'add', text: 'B' },
      { op: 'same', text: 'c' },
    ]);
  });

  it('counts lines appended after a last line without a newline as additions only', () => {
    // The review e2e spec appends "\n\nEdited …" to a statement: +2 −0, not a changed last line.
    assert.deepEqual(diffStats(lineDiff('x\ny', 'x\ny\n\nEdited')), { added: 2, deleted: 0 });
  });

  it('is minimal: keeps the longest common subsequence', () => {
    assert.deepEqual(diffStats(lineDiff('x\na\nb\nc\ny', 'a\nq\nb\nc\nz')), { added: 2, deleted: 2 });
  });

  it('reconstructs both sides for random texts', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round += 1) {
      const make = () =>
        Array.from({ length: Math.floor(random() * 12) }, () => 'abcd'[Math.floor(random() * 4)]).join('\n');
      const before = make();
      const after = make();
      const lines = lineDiff(before, after);
      assert.equal(apply(lines, 'before'), before);
      assert.equal(apply(lines, 'after'), after);
    }
  });
});
