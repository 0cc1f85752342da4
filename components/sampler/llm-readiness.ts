import type { LlmStatus } from '@/lib/llm/status-types';

export const NEEDS_ENDPOINT = 'needs an LLM endpoint: set LLM_BASE_URL and LLM_MODEL';

export interface LlmReadiness {
  /** An endpoint is configured (it may still be the stub or not answer). */
  configured: boolean;
  stub: boolean;
  /** Why LLM work cannot start; undefined when it can. */
  blocker?: string;
  /** What to warn about although work can start. */
  warning?: string;
}

/** Whether synthesis and the llm strategy can run against the configured endpoint. */
export function llmReadiness(status: LlmStatus | undefined): LlmReadiness {
  if (!status) return { configured: false, stub: false, blocker: 'checking the LLM endpoint…' };
  switch (status.state) {
    case 'not_configured':
      return { configured: false, stub: false, blocker: NEEDS_ENDPOINT };
    case 'invalid':
      return { configured: false, stub: false, blocker: `the LLM configuration is invalid: ${status.message}` };
    case 'unreachable':
      return {
        configured: true,
        stub: false,
        warning: `${status.baseUrl} does not answer (${status.error ?? 'no reply'}): items will fail until it does, and can be retried`,
      };
    case 'stub':
      return { configured: true, stub: true };
    case 'ready':
      return { configured: true, stub: false };
  }
}

/** Why the llm sampling strategy cannot be chosen (it needs an endpoint that answers); undefined when it can. */
export function llmStrategyBlocker(status: LlmStatus | undefined): string | undefined {
  const readiness = llmReadiness(status);
  if (readiness.blocker) return readiness.blocker;
  if (status?.state === 'unreachable') return `the LLM endpoint ${status.baseUrl} does not answer`;
  return undefined;
}
