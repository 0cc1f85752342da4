import 'server-only';
import { chatJson } from '../../llm/client';
import type { AnswerReply, ProblemReply } from '../../llm/schemas';
import { answerRequest, assembleStatement } from '../requests';
import type { ItemStep } from './step';

/** The reference answer: Python code with a short explanation, written for the problem as a solver reads it. */
export const answerStep: ItemStep<AnswerReply, { problem: ProblemReply }> = {
  name: 'answer',
  needs: ['problem'],
  taskFor: () => 'answer',
  // Verification after it can take seconds: the answer is worth keeping across a crash.
  checkpoint: true,
  async run({ call }, { problem }) {
    const reply = await chatJson({ ...answerRequest(problem.title, assembleStatement(problem)), ...call });
    return { output: reply.data, usage: [reply.usage] };
  },
  stores: (answer) => ({ fields: { answerCode: answer.code, answerExplanation: answer.explanation } }),
};
