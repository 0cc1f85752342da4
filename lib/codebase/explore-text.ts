import type { CodeSourceSpan } from './explore-types';

/** A span longer than this shows its first lines only (a whole module's source can be thousands of lines). */
export const MAX_SPAN_LINES = 400;

/**
 * A Lucene query for type-ahead over code names: every letter run must match, the last as a prefix. The
 * `code_explore_name` index uses the simple analyzer, which cuts at every non-letter (dots, underscores, digits), so
 * the input is cut the same way and no query syntax reaches the parser. Returns null for no letters.
 */
export function codeTypeAheadQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .match(/\p{L}+/gu);
  if (!words || words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `+${word}*` : `+${word}`)).join(' ');
}

/** Lines lineStart..lineEnd (1-based, inclusive) of a module's source; the whole file when no span is given. */
export function sourceSpan(
  path: string,
  source: string,
  lineStart: number | null,
  lineEnd: number | null,
  maxLines = MAX_SPAN_LINES,
): CodeSourceSpan {
  const lines = source.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const start = Math.max(1, lineStart ?? 1);
  const end = Math.min(lines.length, Math.max(start, lineEnd ?? lines.length));
  const shownEnd = Math.min(end, start + maxLines - 1);
  return {
    path,
    lineStart: start,
    lineEnd: shownEnd,
    text: lines.slice(start - 1, shownEnd).join('\n'),
    truncated: shownEnd < end,
  };
}
