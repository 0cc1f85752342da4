import { queryOptions } from '@tanstack/react-query';
import type { CodeNodeType } from '@/lib/domain/code-graph';
import type {
  CodebaseSummary,
  CodeNeighbourhood,
  CodeNodeDetails,
  CodeSearchHit,
  CodeStartNode,
} from '@/lib/codebase/explore-types';
import { fetchJson } from '@/components/ui/fetch-json';

export function codebasesQuery() {
  return queryOptions({
    queryKey: ['codebases'],
    queryFn: ({ signal }) => fetchJson<{ codebases: CodebaseSummary[] }>('/api/codebases', { signal }),
    staleTime: 30_000,
  });
}

export function codeSearchQuery(codebase: string, q: string, type: CodeNodeType | null) {
  const params = new URLSearchParams({ codebase, q, limit: '12' });
  if (type) params.set('type', type);
  return queryOptions({
    queryKey: ['code-search', codebase, q, type],
    queryFn: ({ signal }) => fetchJson<{ hits: CodeSearchHit[] }>(`/api/codebases/search?${params}`, { signal }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
  });
}

export function codeStartQuery(codebase: string) {
  return queryOptions({
    queryKey: ['code-start', codebase],
    queryFn: ({ signal }) =>
      fetchJson<{ nodes: CodeStartNode[] }>(`/api/codebases/start?${new URLSearchParams({ codebase })}`, { signal }),
    staleTime: 60_000,
  });
}

export function codeNeighbourhoodQuery(id: string, limit: number, hops: 1 | 2) {
  const params = new URLSearchParams({ id, limit: String(limit), hops: String(hops) });
  return queryOptions({
    queryKey: ['code-neighbourhood', id, limit, hops],
    queryFn: ({ signal }) => fetchJson<CodeNeighbourhood>(`/api/codebases/neighbourhood?${params}`, { signal }),
    staleTime: 60_000,
  });
}

export function codeDetailsQuery(id: string) {
  return queryOptions({
    queryKey: ['code-details', id],
    queryFn: ({ signal }) =>
      fetchJson<CodeNodeDetails>(`/api/codebases/details?${new URLSearchParams({ id })}`, { signal }),
    staleTime: 60_000,
  });
}
