import type { FunctionCounts, ScanSummary } from './types';

const n = (value: number) => Math.round(value).toLocaleString('en-US');

/** The scan summary (or stored counts) as lines for a terminal, drop reasons one per line. */
export function summaryLines(counts: FunctionCounts | ScanSummary): string[] {
  const lines = [
    `  documents: ${n(counts.documents)} scanned`,
    `  blocks:    ${n(counts.blocks)} Python code blocks, ${n(counts.unparsed)} of them do not parse` +
      ` (${n(counts.untaggedSkipped)} untagged non-Python blocks skipped)`,
    `  functions: ${n(counts.functions)} top-level, ${n(counts.eligible)} eligible; ${n(counts.nested)} nested (not candidates)`,
  ];
  if ('removed' in counts) lines.push(`  removed:   ${n(counts.removed)} stale function(s)`);
  if (counts.reasons.length > 0) lines.push('  dropped, by reason (a function may have several):');
  for (const { reason, functions } of counts.reasons) lines.push(`    ${n(functions).padStart(6)}  ${reason}`);
  return lines;
}
