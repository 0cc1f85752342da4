import 'server-only';
import { z } from 'zod';
import { envErrorFrom } from '../env';

/** The tasks that call an LLM; each may use its own model. */
export const LLM_TASKS = ['extract', 'select', 'synthesize', 'answer'] as const;
export type LlmTask = (typeof LLM_TASKS)[number];

export const STRUCTURED_MODES = ['json_schema', 'json_object'] as const;
export type StructuredMode = (typeof STRUCTURED_MODES)[number];

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** The variable that names each task's model; LLM_MODEL is the fallback for all of them. */
export const MODEL_VARIABLES: Readonly<Record<LlmTask, string>> = {
  extract: 'LLM_MODEL_EXTRACT',
  select: 'LLM_MODEL_SELECT',
  synthesize: 'LLM_MODEL_SYNTHESIZE',
  answer: 'LLM_MODEL_ANSWER',
};

export const NOT_CONFIGURED_MESSAGE =
  'No LLM endpoint is configured. Set LLM_BASE_URL to an OpenAI-compatible endpoint ' +
  '(e.g. http://127.0.0.1:11434/v1 for Ollama, or http://127.0.0.1:4010/v1 for "npm run llm:stub") ' +
  'and/or LLM_API_KEY (OpenAI is used when only the key is set), plus LLM_MODEL ' +
  '(or LLM_MODEL_EXTRACT, LLM_MODEL_SELECT, LLM_MODEL_SYNTHESIZE, LLM_MODEL_ANSWER).';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const integer = (fallback: number, min: number, max: number) =>
  z.preprocess(
    blankAsUndefined,
    z.coerce
      .number({ error: 'must be a number' })
      .int('must be an integer')
      .min(min, `must be between ${min} and ${max}`)
      .max(max, `must be between ${min} and ${max}`)
      .default(fallback),
  );

const baseUrl = z.preprocess(
  blankAsUndefined,
  z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
);

const llmSchema = z.object({
  LLM_BASE_URL: baseUrl,
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_MODEL_EXTRACT: optionalString,
  LLM_MODEL_SELECT: optionalString,
  LLM_MODEL_SYNTHESIZE: optionalString,
  LLM_MODEL_ANSWER: optionalString,
  LLM_STRUCTURED: z.preprocess(blankAsUndefined, z.enum(STRUCTURED_MODES, { error: 'must be json_schema or json_object' }).default('json_schema')),
  LLM_CONCURRENCY: integer(8, 1, 1024),
  LLM_TIMEOUT_MS: integer(60_000, 1, 3_600_000),
  LLM_MAX_RETRIES: integer(4, 0, 20),
  LLM_MAX_RETRY_WAIT_MS: integer(60_000, 0, 3_600_000),
  /** First backoff step; later steps double it. Tests set a tiny value. */
  LLM_RETRY_BASE_MS: integer(500, 0, 60_000),
});

/** A configured endpoint. A task without a model is reported when that task is called. */
export interface LlmConfig {
  baseUrl: string;
  /** Local servers (vLLM, Ollama, llama.cpp) ignore the key, but the SDK needs one. */
  apiKey: string;
  models: Record<LlmTask, string | undefined>;
  structured: StructuredMode;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  maxRetryWaitMs: number;
  retryBaseMs: number;
}

export type LlmSettings = { configured: true; config: LlmConfig } | { configured: false; message: string };

/** Parses the LLM variables of an environment; a bad value throws an EnvError naming the variable. */
export function parseLlmConfig(source: Record<string, string | undefined> = process.env): LlmSettings {
  const result = llmSchema.safeParse(source);
  // Never echo the key back.
  if (!result.success) throw envErrorFrom(result.error, source, ['LLM_API_KEY']);
  const env = result.data;
  if (env.LLM_BASE_URL === undefined && env.LLM_API_KEY === undefined) return { configured: false, message: NOT_CONFIGURED_MESSAGE };
  return {
    configured: true,
    config: {
      baseUrl: env.LLM_BASE_URL ?? OPENAI_BASE_URL,
      apiKey: env.LLM_API_KEY ?? 'not-needed',
      models: {
        extract: env.LLM_MODEL_EXTRACT ?? env.LLM_MODEL,
        select: env.LLM_MODEL_SELECT ?? env.LLM_MODEL,
        synthesize: env.LLM_MODEL_SYNTHESIZE ?? env.LLM_MODEL,
        answer: env.LLM_MODEL_ANSWER ?? env.LLM_MODEL,
      },
      structured: env.LLM_STRUCTURED,
      concurrency: env.LLM_CONCURRENCY,
      timeoutMs: env.LLM_TIMEOUT_MS,
      maxRetries: env.LLM_MAX_RETRIES,
      maxRetryWaitMs: env.LLM_MAX_RETRY_WAIT_MS,
      retryBaseMs: env.LLM_RETRY_BASE_MS,
    },
  };
}

/** The message for a task that has no model. */
export function missingModelMessage(task: LlmTask): string {
  return `No model is configured for the ${task} task. Set ${MODEL_VARIABLES[task]} or LLM_MODEL.`;
}

/** The LLM settings of process.env; parsed on every call (cheap), so a changed environment is seen at once. */
export function llmConfig(): LlmSettings {
  return parseLlmConfig(process.env);
}
