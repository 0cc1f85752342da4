import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { AuditAction, AuditOverview, AuditPage } from '@/lib/audit/types';

export interface AuditFilter {
  actor: string | null;
  action: AuditAction | null;
}

export const AUDIT_PAGE_SIZE = 50;

function pageUrl(filter: AuditFilter, before: string | null): string {
  const params = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.action) params.set('action', filter.action);
  if (before) params.set('before', before);
  return `/api/audit?${params}`;
}

/** The audit log, newest first, one keyset page after another ("Older events"). */
export const auditEventsQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'events', filter.actor, filter.action],
    queryFn: ({ pageParam }) => fetchJson<AuditPage>(pageUrl(filter, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    staleTime: 5_000,
  });

/** Everyone in the log and the token spend of the batches each launched. */
export const auditOverviewQuery = () =>
  queryOptions({
    queryKey: ['audit', 'overview'],
    queryFn: () => fetchJson<AuditOverview>('/api/audit/overview'),
    staleTime: 5_000,
  });
