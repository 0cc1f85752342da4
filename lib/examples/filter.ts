import { MIN_EXAMPLES, type DropReason, type ExampleMode, type ExecutedExample } from '../domain/examples';
import type { CallInput, CallRecord, CallsOutcome } from '../sandbox/types';

/** An input as the model wrote it, with its claimed output (never stored as an output). */
export interface WrittenInput {
  input: string;
  expected: string;
}

export interface PreparedInputs {
  /** What goes to the sandbox, in order, with the written input each came from. */
  calls: { call: CallInput; written: WrittenInput }[];
  dropped: Partial<Record<DropReason, number>>;
}

export interface FilteredExamples {
  examples: ExecutedExample[];
  dropped: Partial<Record<DropReason, number>>;
  /** Null when the examples pass Case2Code's filter; else why the problem keeps none. */
  reason: string | null;
  claimsWrong: number;
}

const add = (dropped: Partial<Record<DropReason, number>>, reason: DropReason) => {
  dropped[reason] = (dropped[reason] ?? 0) + 1;
};

/** The entry function a signature names (`def name(`), or null for an input/output contract. */
export function entryOf(signature: string): string | null {
  return /(?:^|\n)\s*(?:async\s+)?def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(signature)?.[1] ?? null;
}

/** Exception class names the statement mentions (`ValueError`, `KeyError` …): raising one is an answer. */
export function promisedExceptions(text: string): Set<string> {
  return new Set([...text.matchAll(/\b([A-Z][A-Za-z0-9_]*(?:Error|Exception))\b/g)].map((m) => m[1]!));
}

/** Parses and de-duplicates the written inputs: kwargs mode needs a JSON object per input. */
export function prepareInputs(written: WrittenInput[], mode: ExampleMode, limit: number): PreparedInputs {
  const dropped: Partial<Record<DropReason, number>> = {};
  const calls: PreparedInputs['calls'] = [];
  const seen = new Set<string>();
  for (const item of written) {
    let call: CallInput;
    let canonical: string;
    if (mode === 'kwargs') {
      let value: unknown;
      try {
        value = JSON.parse(item.input);
      } catch {
        value = undefined;
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        add(dropped, 'invalid_input');
        continue;
      }
      call = { kwargs: value as Record<string, unknown> };
      canonical = JSON.stringify(value);
    } else {
      call = { stdin: item.input };
      canonical = item.input;
    }
    if (seen.has(canonical)) {
      add(dropped, 'duplicate');
      continue;
    }
    seen.add(canonical);
    if (calls.length < limit) calls.push({ call, written: { ...item, input: canonical } });
  }
  return { calls, dropped };
}

const SIGNATURE_MISMATCH = /unexpected keyword argument|missing \d+ required|takes \d+ positional|got multiple values/;

function sameOutcome(a: CallRecord, b: CallRecord): boolean {
  if (a.ok !== b.ok) return false;
  if (a.ok) return a.repr === b.repr && a.tooLarge === b.tooLarge;
  return a.error?.type === b.error?.type && a.error?.message === b.error?.message;
}

/**
 * Case2Code's filter over two sandboxed runs of the same inputs: an input is kept when both runs agree,
 * its output is within the size limit, and it returned, or raised an exception the statement promises.
 * The problem keeps its examples only when execution succeeded, every input has an output in both
 * runs, not every kept output is an exception, and at least MIN_EXAMPLES remain.
 */
export function filterExamples(
  prepared: PreparedInputs,
  outcome: Pick<CallsOutcome, 'status' | 'message' | 'runs'>,
  promised: Set<string>,
  wanted: number,
): FilteredExamples {
  const dropped = { ...prepared.dropped };
  const none = (reason: string): FilteredExamples => ({ examples: [], dropped, reason, claimsWrong: 0 });
  if (prepared.calls.length === 0) return none('the model wrote no usable input');
  if (outcome.status !== 'done')
    return none(`the sandbox run did not complete (${outcome.status}): ${outcome.message}`);
  const [first, second] = outcome.runs;
  if (!first || !second) return none('the sandbox returned fewer than two runs');
  const importError = first.importError ?? second.importError;
  if (importError) return none(`the solution could not be loaded: ${importError}`);
  const n = prepared.calls.length;
  if (first.results.length !== n || second.results.length !== n)
    return none(
      `input and output counts differ (${n} inputs, ${first.results.length} and ${second.results.length} outputs)`,
    );
  const examples: ExecutedExample[] = [];
  let claimsWrong = 0;
  prepared.calls.forEach(({ written }, i) => {
    const a = first.results[i]!;
    const b = second.results[i]!;
    if (!sameOutcome(a, b)) return add(dropped, 'nondeterministic');
    if (a.tooLarge) return add(dropped, 'too_large');
    if (!a.ok) {
      const type = a.error?.type ?? 'Error';
      if (type === 'Timeout') return add(dropped, 'timeout');
      if (type === 'Crashed') return add(dropped, 'crashed');
      if (type === 'TypeError' && SIGNATURE_MISMATCH.test(a.error?.message ?? ''))
        return add(dropped, 'signature_mismatch');
      if (!promised.has(type)) return add(dropped, 'violates_constraints');
    }
    if (examples.length >= wanted) return;
    const example: ExecutedExample = {
      input: written.input,
      output: a.ok ? (a.repr ?? '') : null,
      error: a.ok ? null : { type: a.error?.type ?? 'Error', message: a.error?.message ?? '' },
    };
    const observed = example.error ? example.error.type : (example.output ?? '');
    if (written.expected.trim() !== observed.trim()) claimsWrong += 1;
    examples.push(example);
  });
  const result = { examples, dropped, claimsWrong };
  if (examples.length > 0 && examples.every((e) => e.error !== null))
    return { ...result, examples: [], reason: 'every kept output is an exception' };
  if (examples.length < MIN_EXAMPLES)
    return {
      ...result,
      examples: [],
      reason: `only ${examples.length} examples passed the filter (at least ${MIN_EXAMPLES} needed)`,
    };
  return { ...result, reason: null };
}
