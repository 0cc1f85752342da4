import 'server-only';
import { case2codeStatement, heldBackTests, shownCount, templateIndex } from '../domain/case2code';
import type { DropReason, ExecutedExample } from '../domain/examples';
import { ClassifiedError } from '../domain/errors';
import { chatJson } from '../llm/client';
import type { LlmConfig } from '../llm/config';
import { promptRequest } from '../llm/prompt-request';
import { EXAMPLES_SCHEMA_NAME, examplesReplySchema } from '../llm/schemas';
import type { LlmUsage } from '../llm/usage';
import type { Sandbox } from '../sandbox/sandbox';
import type { AttemptOutcome } from '../sandbox/types';
import { ExamplesAborted } from './generate';
import { filterExamples, prepareInputs, promisedExceptions } from './filter';

/** A real function found in a document (a (:Function) node). */
export interface SourceFunction {
  key: string;
  name: string;
  signature: string;
  source: string;
  docId: string | null;
  docTitle: string | null;
}

/** A Case2Code task: the function's observed pairs, the ones shown in the statement and the held-back rest. */
export interface Case2CodeTask {
  title: string;
  statement: string;
  template: number;
  pairs: ExecutedExample[];
  /** pairs[0..shown) are in the statement; the rest verify the answer. */
  shown: number;
  asked: number;
  returned: number;
  dropped: Partial<Record<DropReason, number>>;
  claimsWrong: number;
  fingerprint: string;
  unsandboxed: boolean;
}

export function case2codeInputsRequest(fn: SourceFunction, asked: number) {
  const user = `# Function \`${fn.name}\`\n\n\`\`\`python\n${fn.source.trim()}\n\`\`\`\n\nWrite ${asked} inputs.`;
  return promptRequest('case2code-inputs', 'synthesize', user, examplesReplySchema, EXAMPLES_SCHEMA_NAME, 0.7);
}

/**
 * The model writes inputs for the real function; the sandbox runs the function on them twice; the pairs
 * that pass Case2Code's filter make the task. A function whose pairs do not pass fails its item with
 * class `examples_filtered` and the filter's reason.
 */
export async function case2codeTask(
  fn: SourceFunction,
  options: {
    asked: number;
    shown: number;
    seed: number;
    sandbox: Sandbox;
    config: LlmConfig;
    signal: AbortSignal;
    headers: Record<string, string>;
  },
): Promise<{ task: Case2CodeTask; usage: LlmUsage[] }> {
  const reply = await chatJson({
    ...case2codeInputsRequest(fn, options.asked),
    config: options.config,
    signal: options.signal,
    headers: options.headers,
  });
  const prepared = prepareInputs(reply.data.inputs, 'kwargs', options.asked);
  const outcome =
    prepared.calls.length === 0
      ? { status: 'done' as const, message: '', runs: [], fingerprint: options.sandbox.fingerprint, unsandboxed: false }
      : await options.sandbox.runCalls({
          solution: fn.source,
          entry: fn.name,
          inputs: prepared.calls.map((c) => c.call),
          signal: options.signal,
        });
  if (options.signal.aborted || outcome.status === 'cancelled') throw new ExamplesAborted('the task was cancelled');
  if (outcome.status === 'sandbox_unavailable')
    throw new ClassifiedError('sandbox_unavailable', `the sandbox could not run the function: ${outcome.message}`);
  const filtered = filterExamples(prepared, outcome, promisedExceptions(fn.source), options.asked);
  if (filtered.reason !== null) throw new ClassifiedError('examples_filtered', `${fn.name}: ${filtered.reason}`);
  const pairs = showFirst(filtered.examples, options.shown);
  const shown = shownCount(pairs.length, options.shown);
  const template = templateIndex(fn.key, options.seed);
  return {
    task: {
      title: `Reconstruct ${fn.name} from its input/output pairs`,
      statement: case2codeStatement(fn.name, pairs.slice(0, shown), template),
      template,
      pairs,
      shown,
      asked: options.asked,
      returned: reply.data.inputs.length,
      dropped: filtered.dropped,
      claimsWrong: filtered.claimsWrong,
      fingerprint: outcome.fingerprint,
      unsandboxed: outcome.unsandboxed,
    },
    usage: [reply.usage],
  };
}

/**
 * The pairs in the order the task uses them: the shown ones first. A solver learns most from returned
 * values, so those are shown before exceptions, and at most one shown pair is an exception when there
 * are returned values enough; the rest keep their order and are held back.
 */
export function showFirst(pairs: readonly ExecutedExample[], shown: number): ExecutedExample[] {
  const returned = pairs.filter((p) => p.error === null);
  const raised = pairs.filter((p) => p.error !== null);
  const want = Math.min(shown, pairs.length - 1);
  const errorsShown = Math.max(Math.min(1, raised.length), want - returned.length);
  const first = [...returned.slice(0, want - Math.min(errorsShown, raised.length)), ...raised.slice(0, errorsShown)];
  const rest = pairs.filter((p) => !first.includes(p));
  return [...first, ...rest];
}

/** Runs the answer against the held-back pairs as a pytest file (the same sandbox run as any attempt). */
export async function checkHeldBack(
  fn: SourceFunction,
  task: Case2CodeTask,
  sandbox: Sandbox,
  signal: AbortSignal,
): Promise<{ tests: string; outcome: AttemptOutcome }> {
  const tests = heldBackTests(fn.name, task.pairs.slice(task.shown));
  const outcome = await sandbox.run({ solution: fn.source, tests, signal });
  if (signal.aborted || outcome.status === 'cancelled') throw new ExamplesAborted('the task was cancelled');
  return { tests, outcome };
}
