'use client';

import { useQuery } from '@tanstack/react-query';
import type { LlmStatus } from '@/lib/llm/status-types';
import { fetchJson } from '@/components/ui/fetch-json';

export const llmStatusQuery = {
  queryKey: ['llm-status'] as const,
  queryFn: () => fetchJson<LlmStatus>('/api/llm/status'),
  staleTime: 15_000,
  refetchInterval: 60_000,
};

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
  const { data, error } = useQuery(llmStatusQuery);
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
