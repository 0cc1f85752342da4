import 'server-only';
import { parseEnv, serverEnv, type ServerEnv } from '../env';
import type { LlmTask, StructuredMode } from '../env-schema';

export { LLM_TASKS, STRUCTURED_MODES, type LlmTask, type StructuredMode } from '../env-schema';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** The variable that names each task's model; LLM_MODEL is the fallback for all of them. */
export const MODEL_VARIABLES: Readonly<Record<LlmTask, string>> = {
  extract: 'LLM_MODEL_EXTRACT',
  select: 'LLM_MODEL_SELECT',
  synthesize: 'LLM_MODEL_SYNTHESIZE',
  answer: 'LLM_MODEL_ANSWER',
  verify: 'LLM_MODEL_VERIFY',
};

export const NOT_CONFIGURED_MESSAGE =
  'No LLM endpoint is configured. Set LLM_BASE_URL to an OpenAI-compatible endpoint ' +
  '(e.g. http://127.0.0.1:11434/v1 for Ollama, or http://127.0.0.1:4010/v1 for "npm run llm:stub") ' +
  'and/or LLM_API_KEY (OpenAI is used when only the key is set), plus LLM_MODEL ' +
  '(or LLM_MODEL_EXTRACT, LLM_MODEL_SELECT, LLM_MODEL_SYNTHESIZE, LLM_MODEL_ANSWER, LLM_MODEL_VERIFY).';

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
export function parseLlmConfig(source: Record<string, string | undefined>): LlmSettings {
  return llmSettingsOf(parseEnv(source));
}

/** The LLM settings of a parsed environment. */
export function llmSettingsOf(env: ServerEnv): LlmSettings {
  if (env.LLM_BASE_URL === undefined && env.LLM_API_KEY === undefined)
    return { configured: false, message: NOT_CONFIGURED_MESSAGE };
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
        verify: env.LLM_MODEL_VERIFY ?? env.LLM_MODEL,
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

/** The LLM settings of the process's environment, parsed once with the rest of it (lib/env.ts). */
export function llmConfig(): LlmSettings {
  return llmSettingsOf(serverEnv());
}
