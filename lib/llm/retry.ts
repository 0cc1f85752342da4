import 'server-only';
import { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { FailureClass } from './errors';

/** How a failed request is handled: its class, and whether another attempt may succeed. */
export interface RequestFailure {
  failureClass: FailureClass;
  retryable: boolean;
  /** The wait the server asked for (Retry-After / retry-after-ms), uncapped. */
  retryAfterMs?: number;
  message: string;
}

/** Classifies an error thrown by the openai SDK (with its own retries disabled). */
export function classifyRequestError(error: unknown, now = Date.now()): RequestFailure {
  if (error instanceof APIConnectionTimeoutError)
    return { failureClass: 'timeout', retryable: true, message: 'the request timed out' };
  if (error instanceof APIUserAbortError)
    return { failureClass: 'timeout', retryable: false, message: 'the request was cancelled' };
  if (!(error instanceof APIError) || error.status === undefined) {
    const message = error instanceof Error ? error.message : String(error);
    return { failureClass: 'server_error', retryable: true, message: `cannot reach the endpoint: ${message}` };
  }
  const status = error.status;
  const retryAfterMs = retryAfterFromHeaders(error.headers, now);
  if (status === 429) {
    if (isQuotaError(error))
      return { failureClass: 'quota', retryable: false, message: `quota exhausted: ${error.message}` };
    return { failureClass: 'rate_limited', retryable: true, retryAfterMs, message: error.message };
  }
  if (status === 408) return { failureClass: 'timeout', retryable: true, retryAfterMs, message: error.message };
  if (status === 409) return { failureClass: 'server_error', retryable: true, retryAfterMs, message: error.message };
  if (status >= 500) return { failureClass: 'server_error', retryable: true, retryAfterMs, message: error.message };
  return { failureClass: 'bad_request', retryable: false, message: error.message };
}

function isQuotaError(error: APIError): boolean {
  return error.code === 'insufficient_quota' || error.type === 'insufficient_quota';
}

/** True for a 400 that rejects the response_format (an endpoint without JSON-schema support). */
export function rejectsResponseFormat(error: unknown): boolean {
  return (
    error instanceof APIError &&
    error.status === 400 &&
    /response_format|\bjson_schema\b/i.test(`${error.param ?? ''} ${error.message}`)
  );
}

/** The server's requested wait in ms: `retry-after-ms`, or `retry-after` as seconds or an HTTP date. */
export function retryAfterFromHeaders(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Wait before retry number `retry` (0-based): the server's Retry-After when given, else exponential
 * backoff with jitter; never more than `maxWaitMs`.
 */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  baseMs: number,
  maxWaitMs: number,
  random = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, maxWaitMs);
  const exponential = baseMs * 2 ** retry;
  // "Equal jitter": half fixed, half random, so concurrent callers spread out but still back off.
  return Math.min(exponential / 2 + (random() * exponential) / 2, maxWaitMs);
}

/** Resolves after `ms`, or rejects early when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
