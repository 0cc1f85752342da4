import 'server-only';
import type { ExamplesRecord } from '../domain/examples';
import { chatJson } from '../llm/client';
import type { LlmConfig } from '../llm/config';
import { promptRequest } from '../llm/prompt-request';
import { EXAMPLES_SCHEMA_NAME, examplesReplySchema } from '../llm/schemas';
import type { LlmUsage } from '../llm/usage';
import type { Sandbox } from '../sandbox/sandbox';
import { entryOf, filterExamples, prepareInputs, promisedExceptions } from './filter';

export interface ProblemForExamples {
  title: string;
  /** The assembled statement (markdown with signature and constraints). */
  statement: string;
  signature: string;
}

export interface ExamplesOptions {
  /** Examples wanted; the model is asked for a few more, since the filter drops some. */
  count: number;
  sandbox: Sandbox;
  config: LlmConfig;
  signal: AbortSignal;
  headers: Record<string, string>;
}

/** Raised when the caller aborted: nothing is kept. */
export class ExamplesAborted extends Error {
  override name = 'ExamplesAborted';
}

/** How many inputs to ask for to keep `count` examples after the filter. */
export const askedFor = (count: number) => Math.min(40, count + Math.max(2, Math.ceil(count / 4)));

export function examplesRequest(problem: ProblemForExamples, asked: number) {
  const user = `# ${problem.title}\n\n${problem.statement}\n\nWrite ${asked} inputs.`;
  return promptRequest('examples', 'verify', user, examplesReplySchema, EXAMPLES_SCHEMA_NAME, 0.7);
}

/**
 * Executed examples for a problem (Case2Code): the model writes inputs, the sandbox runs the verified
 * `solution` on each twice, and only observed outputs that pass the filter are kept.
 */
export async function generateExamples(
  problem: ProblemForExamples,
  solution: string,
  options: ExamplesOptions,
): Promise<{ record: ExamplesRecord; usage: LlmUsage[] }> {
  const started = performance.now();
  const entry = entryOf(problem.signature);
  const mode = entry ? 'kwargs' : 'stdin';
  const asked = askedFor(options.count);
  const reply = await chatJson({
    ...examplesRequest(problem, asked),
    config: options.config,
    signal: options.signal,
    headers: options.headers,
  });
  const prepared = prepareInputs(reply.data.inputs, mode, asked);
  const outcome =
    prepared.calls.length === 0
      ? { status: 'done' as const, message: '', runs: [], fingerprint: options.sandbox.fingerprint, unsandboxed: false }
      : await options.sandbox.runCalls({
          solution,
          entry,
          inputs: prepared.calls.map((c) => c.call),
          signal: options.signal,
        });
  if (options.signal.aborted || outcome.status === 'cancelled')
    throw new ExamplesAborted('the examples were cancelled');
  const filtered = filterExamples(prepared, outcome, promisedExceptions(problem.statement), options.count);
  return {
    record: {
      status: filtered.reason === null ? 'kept' : 'none',
      reason: filtered.reason,
      mode,
      entry,
      asked,
      returned: reply.data.inputs.length,
      examples: filtered.examples,
      dropped: filtered.dropped,
      claimsWrong: filtered.claimsWrong,
      fingerprint: outcome.fingerprint,
      unsandboxed: outcome.unsandboxed,
      durationMs: Math.round(performance.now() - started),
      generatedAt: Date.now(),
    },
    usage: [reply.usage],
  };
}
