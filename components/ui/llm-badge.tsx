'use client';

import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { LlmStatus } from '@/lib/llm/status-types';
import { fetchJson } from '@/components/ui/fetch-json';

export const llmStatusQuery = {
  queryKey: ['llm-status'] as const,
  queryFn: () => fetchJson<LlmStatus>('/api/llm/status'),
  staleTime: 15_000,
  refetchInterval: 60_000,
};

const noSubscription = () => () => undefined;

/**
 * The LLM status query, held back (no data, no error) until the calling component has hydrated. The header's
 * badge hydrates first and may already have the answer when a streamed page section (the Sampler, inside a
 * Suspense boundary) hydrates; that section must first render what the server rendered, or React throws the
 * server's HTML away and renders it anew, losing whatever the user typed meanwhile.
 */
export function useLlmStatus(): { data: LlmStatus | undefined; error: Error | null } {
  const { data, error } = useQuery(llmStatusQuery);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? { data, error } : { data: undefined, error: null };
}

function describe(status: LlmStatus): { label: string; tone: string; detail: string } {
  switch (status.state) {
    case 'not_configured':
      return { label: 'LLM: not configured', tone: 'off', detail: status.message };
    case 'invalid':
      return { label: 'LLM: bad configuration', tone: 'bad', detail: status.message };
    case 'unreachable':
      return {
        label: 'LLM: unreachable',
        tone: 'bad',
        detail: `${status.baseUrl} does not answer: ${status.error ?? 'no reply'}`,
      };
    case 'stub':
      return {
        label: 'LLM: stub, not a model',
        tone: 'warn',
        detail: `${status.baseUrl} is the SCoGen test stub: replies are deterministic and built from the input's own words.`,
      };
    case 'ready':
      return {
        label: `LLM: ${status.models.extract ?? status.models.synthesize ?? 'no model set'}`,
        tone: 'ok',
        detail: `${status.baseUrl} answers; models: ${Object.entries(status.models)
          .map(([task, model]) => `${task} = ${model ?? 'unset'}`)
          .join(', ')}`,
      };
  }
}

/** The LLM endpoint's state in the header, so nobody mistakes the stub for a model. */
export function LlmBadge() {
  const { data, error } = useLlmStatus();
  if (error)
    return (
      <span className="llm-badge bad" title={(error as Error).message}>
        LLM: status unavailable
      </span>
    );
  if (!data) return null;
  const { label, tone, detail } = describe(data);
  return (
    <span className={`llm-badge ${tone}`} title={detail} role="status" aria-label={label}>
      {label}
    </span>
  );
}
