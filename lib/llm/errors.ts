import 'server-only';
import { AppError } from '../domain/errors';
import type { LlmUsage } from './usage';

/** Why an LLM call failed; recorded with the item it belongs to. */
export const FAILURE_CLASSES = [
  'rate_limited',
  'quota',
  'timeout',
  'server_error',
  'truncated',
  'refused',
  'invalid_output',
  'not_configured',
  'bad_request',
] as const;

export type FailureClass = (typeof FAILURE_CLASSES)[number];

/** A classified LLM failure; `usage` holds what the failed call still consumed. */
export class LlmError extends AppError {
  override name = 'LlmError';

  constructor(
    readonly failureClass: FailureClass,
    message: string,
    readonly usage?: LlmUsage,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
