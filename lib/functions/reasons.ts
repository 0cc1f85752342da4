import { createHash } from 'node:crypto';

/** The drop reason a problem message belongs to: its leading phrase ("it calls open, print" → "it calls"). */
export function reasonOf(problem: string): string {
  const head = problem.split(':')[0]!.trim();
  return head.startsWith('it calls ') ? 'it calls' : head;
}

/** Reasons with the number of functions that have each, most frequent first (a function may have several). */
export function tallyReasons(
  problemLists: ReadonlyArray<readonly string[]>,
): Array<{ reason: string; functions: number }> {
  const counts = new Map<string, number>();
  for (const problems of problemLists)
    for (const reason of new Set(problems.map(reasonOf))) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts]
    .map(([reason, functions]) => ({ reason, functions }))
    .sort((a, b) => b.functions - a.functions || a.reason.localeCompare(b.reason));
}

/** The source as hashed: LF line ends, no trailing spaces, no leading or trailing blank lines. */
export function normalizeSource(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** sha256 of the normalized source, hex. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(normalizeSource(source)).digest('hex');
}

/** A function's node key: stable and unique per (document, source hash), so a re-scan MERGEs onto it. */
export function functionKey(docId: string, hash: string): string {
  return `${docId}:${hash.slice(0, 16)}`;
}
