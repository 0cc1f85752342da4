import 'server-only';
import type { ExamplesRecord } from '../../domain/examples';
import { generateExamples } from '../../examples/generate';
import type { AnswerReply, ProblemReply } from '../../llm/schemas';
import { openSandbox } from '../../sandbox';
import type { Verification } from '../../verification/verify-problem';
import { assembleStatement } from '../requests';
import type { ItemStep } from './step';

type Inputs = { problem: ProblemReply; answer: AnswerReply; verify: Verification | null };

/**
 * Executed examples (issue 15, Case2Code): once verification kept a passing solution, the model writes
 * inputs and the sandbox runs that solution on them; the observed outputs that pass the filter become
 * the statement's Examples section. A problem with no passing solution keeps none, and says why.
 */
export const examplesStep: ItemStep<ExamplesRecord | null, Inputs> = {
  name: 'examples',
  needs: ['problem', 'answer', 'verify'],
  taskFor: (params) => (params.verify?.enabled && (params.verify.examples ?? 0) > 0 ? 'verify' : null),
  checkpoint: false,
  async run({ context, call }, { problem, verify }) {
    const count = context.params.verify?.enabled ? (context.params.verify.examples ?? 0) : 0;
    if (count === 0 || !verify) return { output: null, usage: [] };
    if (verify.kept === -1) return { output: noExamples('verification kept no passing solution to run'), usage: [] };
    const { record, usage } = await generateExamples(
      { title: problem.title, statement: assembleStatement(problem), signature: problem.signature },
      verify.solution,
      { count, sandbox: openSandbox(), config: call.config, signal: call.signal, headers: call.headers },
    );
    return { output: record, usage };
  },
  stores: (record) => ({ fields: record ? examplesFields(record) : {} }),
};

function noExamples(reason: string): ExamplesRecord {
  return {
    status: 'none',
    reason,
    mode: 'kwargs',
    entry: null,
    asked: 0,
    returned: 0,
    examples: [],
    dropped: {},
    claimsWrong: 0,
    fingerprint: 'none',
    unsandboxed: false,
    durationMs: 0,
    generatedAt: Date.now(),
  };
}

/** The Problem properties of an examples record (lib/synthesis/MODEL.md, "Examples"). */
export function examplesFields(record: ExamplesRecord): Record<string, unknown> {
  return {
    examples: JSON.stringify(record),
    examplesStatus: record.status,
    examplesCount: record.examples.length,
    examplesReason: record.reason,
    examplesDropped: JSON.stringify(record.dropped),
  };
}
