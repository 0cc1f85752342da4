import 'server-only';
import { readQuery } from '../db/driver';
import { DROP_REASONS, type DropReason } from '../domain/examples';
import './rows';

export interface BatchExamples {
  /** Problems the examples step ran for. */
  problems: number;
  /** Problems that kept examples, and the examples they kept. */
  withExamples: number;
  examples: number;
  /** Problems that kept none, per reason (the reason's text without its figures, most common first). */
  without: { reason: string; count: number }[];
  /** Inputs the filter dropped, per reason, over the whole batch. */
  dropped: Record<DropReason, number>;
}

/**
 * A reason without its figures, so problems group by it: "only 2 examples passed the filter (at least 3
 * needed)" → "only N examples passed …"; a Case2Code item's "name: reason" loses the function's name.
 */
const reasonKind = (reason: string) =>
  reason
    .replace(/^[A-Za-z_][A-Za-z0-9_]*: /, '')
    .replace(/^only \d+ examples/, 'only N examples')
    .replace(/\(\d+ inputs, \d+ and \d+ outputs\)/, '')
    .replace(/: .*$/s, (rest) => (rest.length > 80 ? `${rest.slice(0, 80)}…` : rest))
    .trim()
    .slice(0, 200);

/** What the examples step kept and dropped over a batch's problems (the batch page's Examples panel). */
export async function batchExamples(batchId: string): Promise<BatchExamples> {
  const [rows, filtered] = await Promise.all([
    readQuery('examples/summary', { batch: batchId }),
    readQuery('examples/filtered-items', { batch: batchId }),
  ]);
  const dropped = Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>;
  const without = new Map<string, number>();
  let withExamples = 0;
  let examples = 0;
  for (const row of rows) {
    if (row.status === 'kept') {
      withExamples += 1;
      examples += row.kept ?? 0;
    } else {
      const kind = reasonKind(row.reason ?? 'no reason recorded');
      without.set(kind, (without.get(kind) ?? 0) + 1);
    }
    let counts: Partial<Record<DropReason, number>> = {};
    try {
      counts = JSON.parse(row.dropped ?? '{}') as Partial<Record<DropReason, number>>;
    } catch {
      counts = {};
    }
    for (const reason of DROP_REASONS) dropped[reason] += Number(counts[reason] ?? 0) || 0;
  }
  // Case2Code items whose pairs did not pass stored no problem: they count as kept-none, by reason.
  for (const item of filtered) {
    const kind = reasonKind(item.message ?? 'no reason recorded');
    without.set(kind, (without.get(kind) ?? 0) + 1);
  }
  return {
    problems: rows.length + filtered.length,
    withExamples,
    examples,
    without: [...without].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    dropped,
  };
}
