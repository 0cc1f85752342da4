/**
 * A Lucene query for type-ahead over names: every word must match, the last as a prefix.
 * Words are cut the way the index's analyzer cuts them (letters and digits), so quotes, braces
 * and backticks in names or input never reach the query parser. Returns null for no words.
 */
export function typeAheadQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `+${word}*` : `+${word}`)).join(' ');
}
