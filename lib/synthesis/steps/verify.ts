import 'server-only';
import type { AnswerReply, ProblemReply } from '../../llm/schemas';
import { openSandbox } from '../../sandbox';
import { verificationFields, verifyProblem, type Verification } from '../../verification/verify-problem';
import { assembleStatement } from '../requests';
import type { ItemStep } from './step';

/**
 * Verification (SPEC.md §5, KodCode): k sandboxed attempts at the problem, attempt 0 being the answer
 * step's code against LLM-written tests. Stores the pass rate, the difficulty and the kept attempt.
 * Batches with verification off store nothing (the output is null, so a resumed item skips it too).
 */
export const verifyStep: ItemStep<Verification | null, { problem: ProblemReply; answer: AnswerReply }> = {
  name: 'verify',
  needs: ['problem', 'answer'],
  taskFor: (params) => (params.verify?.enabled ? 'verify' : null),
  checkpoint: false,
  async run({ context, call, runner }, { problem, answer }) {
    const verify = context.params.verify;
    if (!verify?.enabled) return { output: null, usage: [] };
    const tag = call.headers['x-scogen-item'] ?? '';
    const { verification, usage } = await verifyProblem(
      { title: problem.title, statement: assembleStatement(problem), referenceCode: answer.code },
      {
        attempts: verify.attempts,
        sandbox: openSandbox(),
        config: call.config,
        signal: call.signal,
        headersFor: (attempt) => ({ ...call.headers, 'x-scogen-item': `${tag}/${attempt}` }),
        worker: runner,
      },
    );
    return { output: verification, usage };
  },
  stores: (verification, { answer }) => ({
    // verifyRuns counts stored verifications; a re-verification adds one (cypher/verification/store.cypher).
    fields: verification ? { ...verificationFields(verification, answer.code), verifyRuns: 1 } : {},
  }),
};
