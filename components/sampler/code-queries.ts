import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { CodeApiRef, CodeCandidateChart, CodeChain, CodePreview } from '@/lib/codebase/sampling-math';

/** The Sampler's codebase mode (README, Sampler, "Code graphs"): read-only GETs under /api/codebases/<key>/sample. */
export interface CodebaseChoice {
  key: string;
  name: string;
  version: string;
  classes: number;
  functions: number;
  methods: number;
}

const base = (codebase: string) => `/api/codebases/${encodeURIComponent(codebase)}/sample`;
const search = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

export const codebasesQuery = () =>
  queryOptions({
    queryKey: ['sampler', 'codebases'],
    queryFn: () => fetchJson<CodebaseChoice[]>('/api/sampler/codebases'),
    staleTime: 60_000,
  });

export const codeStartsQuery = (codebase: string, q: string) =>
  queryOptions({
    queryKey: ['sampler', 'code-starts', codebase, q],
    queryFn: () =>
      fetchJson<{ total: number; starts: CodeApiRef[] }>(`${base(codebase)}/starts?${search({ q, limit: 12 })}`),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const codeCandidatesQuery = (codebase: string, start: string, temperature: number) =>
  queryOptions({
    queryKey: ['sampler', 'code-candidates', codebase, start, temperature],
    queryFn: () => fetchJson<CodeCandidateChart>(`${base(codebase)}/candidates?${search({ start, temperature })}`),
    placeholderData: keepPreviousData,
  });

export const codePreviewQuery = (
  codebase: string,
  params: { start: string; temperature: number; complexity: number; seed: number; count: number },
) =>
  queryOptions({
    queryKey: ['sampler', 'code-preview', codebase, params],
    queryFn: () => fetchJson<CodePreview>(`${base(codebase)}/preview?${search(params)}`),
    placeholderData: keepPreviousData,
  });

export const codeChainQuery = (
  codebase: string,
  params: { start: string; length: number; temperature: number; seed: number },
) =>
  queryOptions({
    queryKey: ['sampler', 'code-chain', codebase, params],
    queryFn: () => fetchJson<{ chain: CodeChain | null }>(`${base(codebase)}/chain?${search(params)}`),
    placeholderData: keepPreviousData,
  });
