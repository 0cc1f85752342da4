import 'server-only';
import type { StepName } from '../domain/steps';
import { ELEMENT_TYPE_INFO } from '../domain/element-types';
import type { ChatJsonRequest } from '../llm/client';
import { promptRequest } from '../llm/prompt-request';
import { loadPrompt } from '../llm/prompts';
import {
  ANSWER_SCHEMA_NAME,
  answerReplySchema,
  PROBLEM_SCHEMA_NAME,
  problemReplySchema,
  type AnswerReply,
  type ProblemReply,
} from '../llm/schemas';
import type { CombinationFeature } from './types';

export interface PromptCombination {
  scenario: { key: string; name: string };
  features: readonly CombinationFeature[];
}

/** The user message of the problem step: the scenario and every feature it must exercise. */
export function problemMessage(combination: PromptCombination): string {
  const lines = [`Scenario: ${combination.scenario.name}`, '', 'Features to combine (the task must need every one):'];
  for (const feature of combination.features) lines.push(`- ${ELEMENT_TYPE_INFO[feature.type].title}: ${feature.name}`);
  return lines.join('\n');
}

/** The stored statement: the reply's markdown, its signature and its constraints. */
export function assembleStatement(reply: ProblemReply): string {
  const parts = [reply.statement.trim(), '', '## Signature', '', '```python', reply.signature.trim(), '```'];
  if (reply.constraints.length > 0)
    parts.push('', '## Constraints', '', ...reply.constraints.map((c) => `- ${c.trim()}`));
  return parts.join('\n');
}

/** The user message of the answer step: the problem as the solver reads it. */
export function answerMessage(title: string, statement: string): string {
  return `# ${title}\n\n${statement}`;
}

export function problemRequest(combination: PromptCombination): ChatJsonRequest<ProblemReply> {
  return promptRequest(
    'problem',
    'synthesize',
    problemMessage(combination),
    problemReplySchema,
    PROBLEM_SCHEMA_NAME,
    0.7,
  );
}

export function answerRequest(title: string, statement: string): ChatJsonRequest<AnswerReply> {
  return promptRequest('answer', 'answer', answerMessage(title, statement), answerReplySchema, ANSWER_SCHEMA_NAME, 0.2);
}

/** Hashes of the prompt files a batch uses. */
export function promptHashes(
  withSelection: boolean,
  withVerify = false,
  withExamples = false,
): Partial<Record<StepName, string>> {
  return {
    ...(withSelection ? { select: loadPrompt('select').hash } : {}),
    problem: loadPrompt('problem').hash,
    answer: loadPrompt('answer').hash,
    // The verify step uses two prompts: attempt 0's tests and the other attempts' solution + tests.
    ...(withVerify ? { verify: `tests:${loadPrompt('tests').hash} attempt:${loadPrompt('attempt').hash}` } : {}),
    ...(withVerify && withExamples ? { examples: loadPrompt('examples').hash } : {}),
  };
}
