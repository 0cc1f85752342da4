import { diffArrays } from 'diff';

/** One line of a line diff: kept, added in the newer text, or deleted from the older. */
export interface DiffLine {
  op: 'same' | 'add' | 'del';
  text: string;
}

// Past this many changed lines jsdiff gives up and the diff shows a plain replacement (a rewrite, not an edit).
const MAX_EDIT_LENGTH = 2_000;

/** A line diff of two texts (jsdiff's Myers diff over their lines; deletions before additions in each change). */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes)
    return [...a.map((text): DiffLine => ({ op: 'del', text })), ...b.map((text): DiffLine => ({ op: 'add', text }))];
  return changes.flatMap((change) =>
    change.value.map((text): DiffLine => ({ op: change.added ? 'add' : change.removed ? 'del' : 'same', text })),
  );
}

/** Lines added and deleted. */
export function diffStats(lines: readonly DiffLine[]): { added: number; deleted: number } {
  return { added: lines.filter((l) => l.op === 'add').length, deleted: lines.filter((l) => l.op === 'del').length };
}
