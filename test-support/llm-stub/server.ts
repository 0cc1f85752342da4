import 'server-only';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ANSWER_SCHEMA_NAME,
  EXTRACTION_SCHEMA_NAME,
  PROBLEM_SCHEMA_NAME,
  SELECTION_SCHEMA_NAME,
  ATTEMPT_SCHEMA_NAME,
  EXAMPLES_SCHEMA_NAME,
  TESTS_SCHEMA_NAME,
  CODEBASE_RELATION_SCHEMA_NAME,
  CODEBASE_TASK_SCHEMA_NAME,
} from '@/lib/llm/schemas';
import { stubCodebaseRelation, stubCodebaseTask } from './codebase-replies';
import {
  parseFaultHeader,
  STUB_MODEL,
  STUB_OWNER,
  stubConfigSchema,
  type RequestFaults,
  type StubConfig,
} from './faults';
import {
  stubAnswer,
  stubExamples,
  stubAttempt,
  stubExtraction,
  stubProblem,
  stubSelection,
  stubTests,
  valueForSchema,
} from './replies';

export interface StubStats {
  /** Chat-completion requests received, faulty ones included. */
  requests: number;
  inFlight: number;
  maxInFlight: number;
  /** Requests per `x-scogen-item` header value (synthesis tags each call with its item and step). */
  tagged: Record<string, number>;
}

export interface RunningStub {
  /** e.g. http://127.0.0.1:4010/v1 — the value for LLM_BASE_URL. */
  baseUrl: string;
  stats: StubStats;
  config: StubConfig;
  /** Replaces the global switches (like POST /stub/config) and restarts the failFirst count. */
  configure(config: Partial<StubConfig>): void;
  resetStats(): void;
  close(): Promise<void>;
}

interface ChatBody {
  model?: string;
  messages?: Array<{ role?: string; content?: unknown }>;
  response_format?: { type?: string; json_schema?: { name?: string; schema?: Record<string, unknown> } };
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;
const SCHEMA_MARKER = 'conforms to this JSON Schema:\n';

/** Starts the OpenAI-compatible stub on host:port (port 0: any free port). */
export async function startStub(options: { port?: number; host?: string } = {}): Promise<RunningStub> {
  let config = stubConfigSchema.parse({});
  let faultsLeft = Infinity;
  const stats: StubStats = { requests: 0, inFlight: 0, maxInFlight: 0, tagged: {} };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      sendJson(res, 500, { error: { message: `stub failure: ${String(error)}`, type: 'server_error' } }),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stub');
    if (req.method === 'GET' && url.pathname === '/v1/models') {
      return sendJson(res, 200, {
        object: 'list',
        data: [{ id: STUB_MODEL, object: 'model', created: 0, owned_by: STUB_OWNER }],
      });
    }
    if (req.method === 'GET' && url.pathname === '/stub/stats') return sendJson(res, 200, stats);
    if (req.method === 'POST' && url.pathname === '/stub/config') {
      const parsed = stubConfigSchema.safeParse(JSON.parse((await readBody(req)) || '{}'));
      if (!parsed.success) return sendJson(res, 400, { error: { message: parsed.error.message } });
      configure(parsed.data);
      return sendJson(res, 200, config);
    }
    if (req.method === 'POST' && url.pathname === '/v1/chat/completions') return completion(req, res);
    return sendJson(res, 404, {
      error: { message: `no route ${req.method} ${url.pathname}`, type: 'invalid_request_error' },
    });
  }

  async function completion(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.requests += 1;
    const tag = headerValue(req.headers['x-scogen-item']);
    if (tag) stats.tagged[tag] = (stats.tagged[tag] ?? 0) + 1;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    res.on('close', () => {
      stats.inFlight -= 1;
    });
    let body: ChatBody;
    let faults: RequestFaults;
    try {
      body = JSON.parse(await readBody(req)) as ChatBody;
      faults = parseFaultHeader(headerValue(req.headers['x-stub-fault']));
    } catch (error) {
      return sendJson(res, 400, { error: { message: (error as Error).message, type: 'invalid_request_error' } });
    }
    if (faults.fault === null && config.fault !== null && faultsLeft > 0) {
      faultsLeft -= 1;
      faults.fault = config.fault;
    }
    const latency = config.latencyMs + faults.latencyMs;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (res.destroyed) return;

    const model = body.model ?? STUB_MODEL;
    switch (faults.fault) {
      case 'hang':
        return; // never answers; the client's timeout ends it
      case 'rate_limit':
        return sendJson(
          res,
          429,
          { error: { message: 'Rate limit reached (stub)', type: 'requests', code: 'rate_limit_exceeded' } },
          { 'retry-after': config.retryAfter },
        );
      case 'quota':
        return sendJson(res, 429, {
          error: {
            message: 'You exceeded your current quota (stub)',
            type: 'insufficient_quota',
            code: 'insufficient_quota',
          },
        });
      case 'server_error':
        return sendJson(res, 500, { error: { message: 'The server had an error (stub)', type: 'server_error' } });
      case 'no_json_schema':
        if (body.response_format?.type === 'json_schema') {
          return sendJson(res, 400, {
            error: {
              message: "response_format type 'json_schema' is not supported (stub)",
              type: 'invalid_request_error',
              param: 'response_format',
            },
          });
        }
    }
    const content = JSON.stringify(replyFor(body, tag, config.verifySeed));
    if (faults.fault === 'refusal')
      return sendJson(
        res,
        200,
        chatCompletion(body, model, null, 'stop', "I'm sorry, but I can't help with that request."),
      );
    if (faults.fault === 'truncated')
      return sendJson(
        res,
        200,
        chatCompletion(body, model, content.slice(0, Math.floor(content.length / 2)), 'length'),
      );
    if (faults.fault === 'invalid_json')
      return sendJson(res, 200, chatCompletion(body, model, `Sure! Here is the JSON: ${content.slice(0, 20)}`, 'stop'));
    return sendJson(res, 200, chatCompletion(body, model, content, 'stop'));
  }

  function configure(next: Partial<StubConfig>): void {
    config = stubConfigSchema.parse(next);
    faultsLeft = config.failFirst ?? Infinity;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    baseUrl: `http://${address.address}:${address.port}/v1`,
    stats,
    get config() {
      return config;
    },
    configure,
    resetStats() {
      Object.assign(stats, { requests: 0, maxInFlight: stats.inFlight, tagged: {} });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function replyFor(body: ChatBody, tag: string | undefined, verifySeed: number): unknown {
  const messages = body.messages ?? [];
  const text = (role: string) => messages.filter((m) => m.role === role).map((m) => contentText(m.content));
  const system = text('system').join('\n');
  const document = text('user')[0] ?? '';
  const named = body.response_format?.json_schema?.name ?? /JSON object named "([a-z_-]+)"/.exec(system)?.[1];
  if (named === EXTRACTION_SCHEMA_NAME || system.includes('"codingSkills"')) return stubExtraction(document);
  const seed = createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 8);
  if (named === PROBLEM_SCHEMA_NAME) return stubProblem(document, seed);
  if (named === ANSWER_SCHEMA_NAME) return stubAnswer(seed);
  if (named === SELECTION_SCHEMA_NAME) return stubSelection(document);
  if (named === TESTS_SCHEMA_NAME) return stubTests(tag, verifySeed);
  if (named === ATTEMPT_SCHEMA_NAME) return stubAttempt(tag, verifySeed);
  if (named === EXAMPLES_SCHEMA_NAME) return stubExamples(document);
  if (named === CODEBASE_RELATION_SCHEMA_NAME) return stubCodebaseRelation(document);
  if (named === CODEBASE_TASK_SCHEMA_NAME) return stubCodebaseTask(document);
  const schema = body.response_format?.json_schema?.schema ?? schemaFromPrompt(system);
  return schema ? valueForSchema(schema, seed) : { reply: `stub reply ${seed}` };
}

// In JSON mode the client states the schema in a system message; read it back from there.
function schemaFromPrompt(system: string): Record<string, unknown> | undefined {
  const at = system.lastIndexOf(SCHEMA_MARKER);
  if (at < 0) return undefined;
  try {
    return JSON.parse(system.slice(at + SCHEMA_MARKER.length).split('\n')[0] ?? '') as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((part: { text?: unknown }) => (typeof part?.text === 'string' ? part.text : '')).join('\n');
  return '';
}

function chatCompletion(
  body: ChatBody,
  model: string,
  content: string | null,
  finishReason: 'stop' | 'length',
  refusal: string | null = null,
) {
  const promptTokens = Math.ceil((body.messages ?? []).reduce((sum, m) => sum + contentText(m.content).length, 0) / 4);
  const completionTokens = Math.ceil((content ?? refusal ?? '').length / 4);
  return {
    id: `chatcmpl-stub-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal }, finish_reason: finishReason, logprobs: null },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}
