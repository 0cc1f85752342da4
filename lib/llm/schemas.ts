import 'server-only';
import { z } from 'zod';
import { extractionRecordSchema } from '../domain/extraction-record';

/** The extraction reply: the four element lists of an extraction record, nothing else. */
export const extractionReplySchema = extractionRecordSchema.pick({
  scenarios: true,
  knowledge: true,
  domainSkills: true,
  codingSkills: true,
});

export type ExtractionReply = z.infer<typeof extractionReplySchema>;

/** Name of the extraction reply's JSON schema in `response_format`; the stub recognizes it. */
export const EXTRACTION_SCHEMA_NAME = 'extraction';

/** Name of each synthesis reply's JSON schema in `response_format`; the stub recognizes them. */
export const PROBLEM_SCHEMA_NAME = 'problem';
export const ANSWER_SCHEMA_NAME = 'answer';
export const SELECTION_SCHEMA_NAME = 'selection';
export const TESTS_SCHEMA_NAME = 'tests';
export const ATTEMPT_SCHEMA_NAME = 'attempt';
export const EXAMPLES_SCHEMA_NAME = 'examples';

const text = (min: number, max: number) =>
  z.string().trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);

/** The problem step: a titled markdown statement, its signature or I/O contract, and constraints. */
export const problemReplySchema = z.object({
  title: text(3, 200),
  statement: text(40, 20_000),
  signature: text(1, 4_000),
  constraints: z.array(text(1, 1_000)).max(30),
});

/** The answer step: Python code and a short explanation. */
export const answerReplySchema = z.object({
  code: text(1, 40_000),
  explanation: text(1, 4_000),
});

/** The llm sampling strategy: candidate ids picked from the lists it was shown. */
export const selectionReplySchema = z.object({
  picks: z.array(text(1, 20)).max(60),
  reason: z.string().max(1_000),
});

/** Verification, attempt 0: a pytest file for the reference answer. */
export const testsReplySchema = z.object({
  tests: text(1, 40_000),
});

/** Verification, attempts 1…k-1: a fresh solution and a pytest file for it. */
export const attemptReplySchema = z.object({
  solution: text(1, 40_000),
  tests: text(1, 40_000),
});

/**
 * Examples (Case2Code): inputs for a problem's solution, each the JSON text of keyword arguments or stdin
 * text. `expected` is the model's own claim, kept only to show it is never what gets stored.
 */
export const examplesReplySchema = z.object({
  inputs: z
    .array(
      z.object({ input: z.string().max(4_000, 'must be at most 4000 characters'), expected: z.string().max(4_000) }),
    )
    .min(1)
    .max(40),
});

export type ExamplesReply = z.infer<typeof examplesReplySchema>;
export type TestsReply = z.infer<typeof testsReplySchema>;
export type AttemptReply = z.infer<typeof attemptReplySchema>;
export type ProblemReply = z.infer<typeof problemReplySchema>;
export type AnswerReply = z.infer<typeof answerReplySchema>;
export type SelectionReply = z.infer<typeof selectionReplySchema>;

/** Codebase batches (issue 16): names of the reply schemas, which the stub recognizes. */
export const CODEBASE_RELATION_SCHEMA_NAME = 'codebase_relation';
export const CODEBASE_TASK_SCHEMA_NAME = 'codebase_task';

/** A relation question: the model only phrases it (the answer comes from the graph). */
export const codebaseRelationReplySchema = z.object({
  title: text(3, 200),
  question: text(10, 4_000),
});

/** A compositional or utilization task: the statement, the answer code and a pytest file for it. */
export const codebaseTaskReplySchema = z.object({
  title: text(3, 200),
  statement: text(40, 20_000),
  code: text(1, 40_000),
  tests: text(1, 40_000),
  explanation: text(1, 4_000),
});

export type CodebaseRelationReply = z.infer<typeof codebaseRelationReplySchema>;
export type CodebaseTaskReply = z.infer<typeof codebaseTaskReplySchema>;
