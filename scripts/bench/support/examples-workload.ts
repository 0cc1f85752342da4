// The calls runs bench:examples makes: a verified-looking solution and the inputs an examples step
// would send it (keyword arguments of its entry function), seeded so every run of the bench is the same.
import type { CallInput } from '../../../lib/sandbox/types';
import { mulberry32 } from '../../../lib/sampling/prng';

export interface CallsWorkload {
  solution: string;
  entry: string;
  inputs: CallInput[];
  /** Inputs that raise on purpose (an observed exception is an output too): not ok in both runs. */
  raising: number;
}

const lines = (...parts: string[]) => `${parts.join('\n')}\n`;

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'Alpha', 'beta,', 'x', 'longer-word', 'z'];

interface Template {
  solution: string;
  entry: string;
  /** One input; `raises` when it is meant to raise. */
  input: (random: () => number, i: number) => { kwargs: Record<string, unknown>; raises: boolean };
}

const int = (random: () => number, below: number) => Math.floor(random() * below);

const STDLIB: Template[] = [
  {
    entry: 'merge_intervals',
    solution: lines(
      'def merge_intervals(intervals):',
      '    out = []',
      '    for start, end in sorted(intervals):',
      '        if start > end:',
      '            raise ValueError(f"bad interval {start}..{end}")',
      '        if out and start <= out[-1][1]:',
      '            out[-1][1] = max(out[-1][1], end)',
      '        else:',
      '            out.append([start, end])',
      '    return [tuple(i) for i in out]',
    ),
    input: (random, i) => {
      const raises = i % 8 === 7;
      const intervals = Array.from({ length: 1 + int(random, 12) }, () => {
        const start = int(random, 50);
        return [start, start + int(random, 10)];
      });
      if (raises) intervals.push([9, 3]);
      return { kwargs: { intervals }, raises };
    },
  },
  {
    entry: 'top_words',
    solution: lines(
      'from collections import Counter',
      '',
      'def top_words(text, k):',
      '    words = [w.strip(".,!?").lower() for w in text.split()]',
      '    counts = Counter(w for w in words if w)',
      '    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]',
    ),
    input: (random) => {
      const text = Array.from({ length: int(random, 30) }, () => WORDS[int(random, WORDS.length)]!).join(' ');
      return { kwargs: { text, k: 1 + int(random, 4) }, raises: false };
    },
  },
];

const PANDAS: Template = {
  entry: 'column_summary',
  solution: lines(
    'import pandas as pd',
    '',
    'def column_summary(rows, column):',
    '    frame = pd.DataFrame(rows)',
    '    grouped = frame.groupby("group")[column].agg(["mean", "max", "count"])',
    '    return {g: [round(float(v), 4) for v in row] for g, row in grouped.iterrows()}',
  ),
  input: (random, i) => {
    const raises = i % 8 === 7;
    const rows = Array.from({ length: 3 + int(random, 20) }, () => ({
      group: ['a', 'b', 'c'][int(random, 3)],
      value: Math.round(random() * 1000) / 10,
    }));
    return { kwargs: { rows, column: raises ? 'missing' : 'value' }, raises };
  },
};

/** `runs` calls runs of `inputs` inputs each; stdlib ones alternate between two functions. */
export function callsWorkloads(kind: 'stdlib' | 'pandas', runs: number, inputs: number, seed = 15): CallsWorkload[] {
  const random = mulberry32(seed);
  return Array.from({ length: runs }, (_, run) => {
    const template = kind === 'pandas' ? PANDAS : STDLIB[run % STDLIB.length]!;
    const made = Array.from({ length: inputs }, (_, i) => template.input(random, i));
    return {
      solution: template.solution,
      entry: template.entry,
      inputs: made.map((m) => ({ kwargs: m.kwargs })),
      raising: made.filter((m) => m.raises).length,
    };
  });
}

/** The fixed cost of a calls run: one input of a function that does nothing (with `import pandas` for the heavy server). */
export function trivialWorkload(kind: 'stdlib' | 'pandas'): CallsWorkload {
  const head = kind === 'pandas' ? ['import pandas as pd', ''] : [];
  return {
    solution: lines(...head, 'def identity(x):', '    return x'),
    entry: 'identity',
    inputs: [{ kwargs: { x: 1 } }],
    raising: 0,
  };
}
