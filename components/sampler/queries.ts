import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchJson, sendJson } from '@/components/ui/fetch-json';
import type { CandidateChart, PreviewResult, ScenarioOption, SweepResult } from '@/lib/sampling/sampler-types';
import type { PreviewRequestInput, SweepRequestInput } from '@/lib/schemas/sampling';
import type { PromptPreviewRequestInput } from '@/lib/schemas/batch';
import type { PromptPreview, SavedPreset } from '@/lib/synthesis/types';

const postJson = <T>(url: string, body: unknown) => sendJson<T>(url, 'POST', body);

export const scenariosQuery = () =>
  queryOptions({
    queryKey: ['sampler', 'scenarios'],
    queryFn: () => fetchJson<ScenarioOption[]>('/api/sampler/scenarios'),
    staleTime: 60_000,
  });

export const candidatesQuery = (params: { scenario: string; lambda: number; temperature: number }) =>
  queryOptions({
    queryKey: ['sampler', 'candidates', params],
    queryFn: () =>
      fetchJson<CandidateChart>(
        `/api/sampler/candidates?${new URLSearchParams({ scenario: params.scenario, lambda: String(params.lambda), temperature: String(params.temperature), top: '30' })}`,
      ),
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

/** Presets saved on the server (shared with `npm run synthesize -- --preset`), built-in ones included. */
export const presetsQuery = () =>
  queryOptions({
    queryKey: ['presets'],
    queryFn: () => fetchJson<SavedPreset[]>('/api/presets'),
    staleTime: 10_000,
  });

/** The exact prompts of a batch's first items (a dry run: no model is called). */
export const promptsQuery = (body: PromptPreviewRequestInput) =>
  queryOptions({
    queryKey: ['prompt-preview', body],
    queryFn: () => sendJson<PromptPreview>('/api/batches/prompts', 'POST', body),
    staleTime: 60_000,
  });
