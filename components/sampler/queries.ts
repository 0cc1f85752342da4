import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/lib/query-client';
import type { CandidateChart, PreviewResult, ScenarioOption, SweepResult } from '@/lib/sampling/sampler-types';
import type { PreviewRequestInput, SweepRequestInput } from '@/lib/schemas/sampling';

const postJson = <T,>(url: string, body: unknown) => fetchJson<T>(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const scenariosQuery = () =>
  queryOptions({
    queryKey: ['sampler', 'scenarios'],
    queryFn: () => fetchJson<ScenarioOption[]>('/api/sampler/scenarios'),
    staleTime: 60_000,
  });

export const candidatesQuery = (params: { scenario: string; lambda: number; temperature: number }) =>
  queryOptions({
    queryKey: ['sampler', 'candidates', params],
    queryFn: () => fetchJson<CandidateChart>(`/api/sampler/candidates?${new URLSearchParams({ scenario: params.scenario, lambda: String(params.lambda), temperature: String(params.temperature), top: '30' })}`),
    placeholderData: keepPreviousData,
  });

export const previewQuery = (body: PreviewRequestInput) =>
  queryOptions({
    queryKey: ['sampler', 'preview', body],
    queryFn: () => postJson<PreviewResult>('/api/sampler/preview', body),
    placeholderData: keepPreviousData,
  });

export const sweepQuery = (body: SweepRequestInput) =>
  queryOptions({
    queryKey: ['sampler', 'sweep', body],
    queryFn: () => postJson<SweepResult>('/api/sampler/sweep', body),
    placeholderData: keepPreviousData,
  });
