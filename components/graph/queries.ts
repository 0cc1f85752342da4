import { queryOptions } from '@tanstack/react-query';
import type { ElementType } from '@/lib/domain/element-types';
import type { ElementDetails, Neighbourhood, SearchHit } from '@/lib/graph/explore-types';
import { fetchJson } from '@/components/ui/fetch-json';

export function searchQuery(q: string, type: ElementType | null) {
  const params = new URLSearchParams({ q, limit: '12' });
  if (type) params.set('type', type);
  return queryOptions({
    queryKey: ['element-search', q, type],
    queryFn: ({ signal }) => fetchJson<{ hits: SearchHit[] }>(`/api/elements/search?${params}`, { signal }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
  });
}

export function neighbourhoodQuery(id: string, limit: number, hops: 1 | 2) {
  const params = new URLSearchParams({ id, limit: String(limit), hops: String(hops) });
  return queryOptions({
    queryKey: ['neighbourhood', id, limit, hops],
    queryFn: ({ signal }) => fetchJson<Neighbourhood>(`/api/elements/neighbourhood?${params}`, { signal }),
    staleTime: 60_000,
  });
}

export function detailsQuery(id: string) {
  return queryOptions({
    queryKey: ['element-details', id],
    queryFn: ({ signal }) =>
      fetchJson<ElementDetails>(`/api/elements/details?${new URLSearchParams({ id })}`, { signal }),
    staleTime: 60_000,
  });
}
