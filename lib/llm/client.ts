import 'server-only';
import OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { z } from 'zod';
import { llmConfig, missingModelMessage, type LlmConfig, type LlmTask, type StructuredMode } from './config';
import { LlmError } from './errors';
import { contentHash } from './prompts';
import { parseReply, type ParsedReply } from './reply';
import { classifyRequestError, rejectsResponseFormat, retryDelayMs, sleep } from './retry';
import { endpointSemaphore } from './semaphore';
import { addCompletionUsage, emptyUsage, type LlmUsage } from './usage';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatJsonRequest<T> {
  task: LlmTask;
  messages: ChatMessage[];
  /** Every reply is validated with this schema. */
  schema: z.ZodType<T>;
  /** Name of the JSON schema sent in `response_format` (letters, digits, _ and -). */
  schemaName: string;
  /** Hash of the prompt file behind the messages; defaults to a hash of the messages. */
  promptHash?: string;
  /** OpenAI strict structured output; needs every property required. Default true. */
  strict?: boolean;
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
  /** Extra HTTP headers (tests use them to switch stub faults). */
  headers?: Record<string, string>;
  /** Defaults to the configuration from the environment. */
  config?: LlmConfig;
}

export interface ChatJsonResult<T> {
  data: T;
  usage: LlmUsage;
}

const clients = new Map<string, OpenAI>();
/** Endpoints that rejected `json_schema` once; they get `json_object` from then on. */
const structuredFallback = new Map<string, StructuredMode>();
const jsonSchemas = new WeakMap<z.ZodType, Record<string, unknown>>();

/** The openai client of a configuration; the SDK's own retries are off so ours are the only ones. */
export function openaiClient(config: LlmConfig): OpenAI {
  const key = `${config.baseUrl}\u0000${config.apiKey}\u0000${config.timeoutMs}`;
  let client = clients.get(key);
  if (!client) {
    client = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey, timeout: config.timeoutMs, maxRetries: 0 });
    clients.set(key, client);
  }
  return client;
}

/** The configuration from the environment, or an LlmError('not_configured') saying what to set. */
export function requireLlmConfig(): LlmConfig {
  const settings = llmConfig();
  if (!settings.configured) throw new LlmError('not_configured', settings.message);
  return settings.config;
}

/**
 * One structured chat completion: JSON-schema output where the endpoint supports it (JSON mode
 * otherwise), retries with capped backoff, and one repair attempt for a reply that fails validation.
 * Throws an LlmError with the failure class and the usage spent.
 */
export async function chatJson<T>(request: ChatJsonRequest<T>): Promise<ChatJsonResult<T>> {
  const config = request.config ?? requireLlmConfig();
  const model = config.models[request.task];
  if (model === undefined) throw new LlmError('not_configured', missingModelMessage(request.task));
  const usage = emptyUsage(model, request.promptHash ?? contentHash(request.messages.map((m) => m.content).join('\n')));

  const first = await completeWithRetries(request, config, model, request.messages, usage);
  const parsed = interpret(first, request, usage);
  if (parsed.ok) return { data: parsed.data, usage };

  const repairMessages: ChatMessage[] = [
    ...request.messages,
    { role: 'assistant', content: parsed.content },
    {
      role: 'user',
      content: `Your reply is not valid: ${parsed.problem}\nReply again with only the corrected JSON object.`,
    },
  ];
  const second = await completeWithRetries(request, config, model, repairMessages, usage);
  const repaired = interpret(second, request, usage);
  if (repaired.ok) return { data: repaired.data, usage };
  throw new LlmError(
    'invalid_output',
    `${request.task}: the reply was still invalid after one repair attempt: ${repaired.problem}`,
    usage,
  );
}

function interpret<T>(completion: ChatCompletion, request: ChatJsonRequest<T>, usage: LlmUsage): ParsedReply<T> {
  const reply = parseReply(completion, request.schema);
  if (reply.ok || reply.failureClass === 'invalid_output') return reply;
  throw new LlmError(reply.failureClass, `${request.task}: ${reply.problem}`, usage);
}

async function completeWithRetries<T>(
  request: ChatJsonRequest<T>,
  config: LlmConfig,
  model: string,
  messages: ChatMessage[],
  usage: LlmUsage,
): Promise<ChatCompletion> {
  const client = openaiClient(config);
  const semaphore = endpointSemaphore(config.baseUrl, config.concurrency);
  let retries = 0;
  for (;;) {
    const mode = structuredFallback.get(config.baseUrl) ?? config.structured;
    usage.attempts += 1;
    try {
      const body = requestBody(request, model, messages, mode);
      const completion = await semaphore.run(() =>
        client.chat.completions.create(body, { signal: request.signal, headers: request.headers }),
      );
      addCompletionUsage(usage, completion.usage);
      return completion;
    } catch (error) {
      // An endpoint without JSON-schema support answers 400; switch it to JSON mode once, at once.
      if (mode === 'json_schema' && rejectsResponseFormat(error)) {
        structuredFallback.set(config.baseUrl, 'json_object');
        continue;
      }
      const failure = classifyRequestError(error);
      if (!failure.retryable || retries >= config.maxRetries || request.signal?.aborted) {
        const attempts = `${usage.attempts} attempt${usage.attempts === 1 ? '' : 's'}`;
        throw new LlmError(
          failure.failureClass,
          `${request.task}: ${failure.message} (${attempts} to ${config.baseUrl})`,
          usage,
          { cause: error },
        );
      }
      await sleep(
        retryDelayMs(retries, failure.retryAfterMs, config.retryBaseMs, config.maxRetryWaitMs),
        request.signal,
      );
      retries += 1;
    }
  }
}

function requestBody<T>(
  request: ChatJsonRequest<T>,
  model: string,
  messages: ChatMessage[],
  mode: StructuredMode,
): ChatCompletionCreateParamsNonStreaming {
  const schema = jsonSchemaOf(request.schema);
  const common = {
    model,
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
  };
  if (mode === 'json_schema') {
    return {
      ...common,
      messages: messages as ChatCompletionMessageParam[],
      response_format: {
        type: 'json_schema',
        json_schema: { name: request.schemaName, schema, strict: request.strict ?? true },
      },
    };
  }
  // JSON mode guarantees only "some JSON object", so the shape goes into the prompt.
  const shape: ChatMessage = {
    role: 'system',
    content: `Reply with a single JSON object named "${request.schemaName}" that conforms to this JSON Schema:\n${JSON.stringify(schema)}`,
  };
  return {
    ...common,
    messages: [...messages, shape] as ChatCompletionMessageParam[],
    response_format: { type: 'json_object' },
  };
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  let json = jsonSchemas.get(schema);
  if (!json) {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    json = rest;
    jsonSchemas.set(schema, json);
  }
  return json;
}
