import 'server-only';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { AttemptOutcome, AttemptTask, SandboxLimits } from '../sandbox/types';

/**
 * Verifying external data (`npm run verify:file`): one JSONL line `{id, code, tests}` in, one
 * sandboxed attempt, one JSONL line out. Streaming with a bounded number of attempts in flight.
 */

const MAX_SOURCE = 1_000_000;

const source = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : `must be a string (${what})`) })
    .max(MAX_SOURCE, `must be at most ${MAX_SOURCE} characters`);

/** One input line. Other fields are allowed and ignored, so datasets with more columns can be fed as they are. */
export const verifyInputSchema = z.object(
  {
    id: z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a string') })
      .min(1, 'must not be empty')
      .max(1_000, 'must be at most 1000 characters'),
    code: source('the solution module'),
    tests: source('pytest tests importing from solution'),
  },
  { error: 'must be a JSON object' },
);

export type VerifyInput = z.infer<typeof verifyInputSchema>;

/** Every status an output line can have: an attempt's, or invalid_input for a line that was never run. */
export type VerifyFileStatus = AttemptOutcome['status'] | 'invalid_input';

/** One output line. `line` is the input line number (1-based), so results can be put back in input order. */
export interface VerifyRecord {
  id: string | null;
  line: number;
  status: VerifyFileStatus;
  message: string;
  tests: { passed: number; failed: number; total: number };
  durationMs: number;
  /** Line coverage of `code` by `tests`, 0–1; null when the tests never ran it. */
  coverage: number | null;
  output: string;
  fingerprint: string | null;
  /** True only under SANDBOX_MODE=unsandboxed: the code ran on this machine, not in the sandbox. */
  unsandboxed: boolean;
}

export type ParsedLine = { ok: true; input: VerifyInput } | { ok: false; id: string | null; reason: string };

/** Parses and validates one input line; `seen` maps the ids met so far to their line (a repeated id is invalid). */
export function parseInputLine(text: string, line: number, seen: Map<string, number>): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, id: null, reason: `not JSON (${(error as Error).message})` };
  }
  const id =
    value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : null;
  const parsed = verifyInputSchema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message))
      .join('; ');
    return { ok: false, id, reason: `wrong shape: ${reason}` };
  }
  const first = seen.get(parsed.data.id);
  if (first !== undefined)
    return { ok: false, id, reason: `duplicate id ${JSON.stringify(parsed.data.id)} (first on line ${first})` };
  seen.set(parsed.data.id, line);
  return { ok: true, input: parsed.data };
}

export function invalidRecord(line: number, id: string | null, reason: string): VerifyRecord {
  return {
    id,
    line,
    status: 'invalid_input',
    message: reason,
    tests: { passed: 0, failed: 0, total: 0 },
    durationMs: 0,
    coverage: null,
    output: '',
    fingerprint: null,
    unsandboxed: false,
  };
}

export function outcomeRecord(line: number, id: string, outcome: AttemptOutcome): VerifyRecord {
  return {
    id,
    line,
    status: outcome.status,
    message: outcome.message,
    tests: outcome.tests,
    durationMs: Math.round(outcome.durationMs * 10) / 10,
    coverage: outcome.coverage ? outcome.coverage.ratio : null,
    output: outcome.output,
    fingerprint: outcome.fingerprint,
    unsandboxed: outcome.unsandboxed,
  };
}

/** The non-blank lines of a file with their 1-based numbers (a blank line is no record and is skipped). */
export async function* fileLines(path: string): AsyncGenerator<{ text: string; line: number }> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() !== '') yield { text, line };
  }
}

export interface VerifyLinesOptions {
  run: (task: AttemptTask) => Promise<AttemptOutcome>;
  /** Attempts in flight at once. */
  concurrency: number;
  limits?: Partial<SandboxLimits>;
  /** Aborting stops reading, cancels the running attempts (they come back as `cancelled`) and ends the stream. */
  signal?: AbortSignal;
}

/**
 * Verifies lines as they are read, at most `concurrency` at a time, and yields one record per line in
 * the order they finish (invalid lines at once). No input line is read ahead of a free slot, and a
 * slow consumer stops new attempts from starting.
 */
export async function* verifyLines(
  lines: AsyncIterable<{ text: string; line: number }>,
  options: VerifyLinesOptions,
): AsyncGenerator<VerifyRecord> {
  const seen = new Map<string, number>();
  const running = new Map<number, Promise<{ line: number; record: VerifyRecord }>>();
  const source = lines[Symbol.asyncIterator]();
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && running.size < options.concurrency && !options.signal?.aborted) {
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const { text, line } = next.value;
        const parsed = parseInputLine(text, line, seen);
        if (!parsed.ok) {
          yield invalidRecord(line, parsed.id, parsed.reason);
          continue;
        }
        const { id, code, tests } = parsed.input;
        const task: AttemptTask = { solution: code, tests, limits: options.limits };
        if (options.signal) task.signal = options.signal;
        running.set(
          line,
          options.run(task).then((outcome) => ({ line, record: outcomeRecord(line, id, outcome) })),
        );
      }
      if (running.size === 0) return;
      const { line, record } = await Promise.race(running.values());
      running.delete(line);
      yield record;
    }
  } finally {
    // Stopped early (an error, the consumer returned): cancelled attempts still settle before we leave.
    if (!exhausted) await source.return?.(undefined);
    await Promise.allSettled(running.values());
  }
}

/** Counts of a run's records by status, and what they add up to. */
export class VerifySummary {
  readonly byStatus = new Map<VerifyFileStatus, number>();
  attempts = 0;

  add(record: VerifyRecord): void {
    this.byStatus.set(record.status, (this.byStatus.get(record.status) ?? 0) + 1);
    if (record.status !== 'invalid_input' && record.status !== 'cancelled') this.attempts += 1;
  }

  count(status: VerifyFileStatus): number {
    return this.byStatus.get(status) ?? 0;
  }

  /** "passed 3 · failed 2 · invalid_input 1", most frequent first. */
  describe(): string {
    return [...this.byStatus.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([status, n]) => `${status} ${n}`)
      .join(' · ');
  }
}
