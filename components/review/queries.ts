import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ActionRequest, BulkRequest } from '@/lib/review/schemas';
import type { BulkResult, ProblemPage, ProblemView, ReviewProgress } from '@/lib/review/types';
import { fetchJson, sendJson } from '@/components/ui/fetch-json';
import { listSearch, type FilterValue, type ReviewView } from './view-state';

/** Path of a problem's API resource; keys hold a "/", so they travel encoded. */
export const problemPath = (key: string) => `/api/problems/${encodeURIComponent(key)}`;

export const problemsQuery = (view: ReviewView, offset: number, limit: number) =>
  queryOptions({
    queryKey: ['review', 'problems', listSearch(view, offset, limit)],
    queryFn: ({ signal }) =>
      fetchJson<ProblemPage>(`/api/review/problems?${listSearch(view, offset, limit)}`, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });

/** While a problem waits for (or is in) re-verification, how often to look for its new result. */
export const VERIFY_POLL_MS = 2_000;

export const problemQuery = (key: string) =>
  queryOptions({
    queryKey: ['review', 'problem', key],
    queryFn: ({ signal }) => fetchJson<ProblemView>(problemPath(key), { signal }),
    staleTime: 5_000,
    refetchInterval: (query) => (query.state.data?.verification.verifyState ? VERIFY_POLL_MS : false),
  });

export const progressQuery = () =>
  queryOptions({
    queryKey: ['review', 'progress'],
    queryFn: ({ signal }) => fetchJson<ReviewProgress>('/api/review/progress', { signal }),
    staleTime: 5_000,
  });

// Typed by hand (not z.input) so the browser bundle does not need the server's element-ref parsing.
type BulkBody = Omit<BulkRequest, 'filter'> & { filter: Record<string, FilterValue> };

/** The answer of POST /api/problems/:key/verify. */
export interface VerifyAgainResult {
  key: string;
  verifyState: 'queued' | 'leased';
  verifyRequestedBy: string | null;
  verifyRequestedAt: number | null;
}

export const sendAction = (key: string, body: ActionRequest) =>
  sendJson<ProblemView>(`${problemPath(key)}/review`, 'POST', body);
export const sendBulk = (body: BulkBody) => sendJson<BulkResult>('/api/review/bulk', 'POST', body);
export const sendRecomputeDuplicates = (batch?: string) =>
  sendJson<{ problems: number; flagged: number }>('/api/review/duplicates', 'POST', batch ? { batch } : {});
export const sendRegenerateExamples = (key: string, version: number, reviewer: string) =>
  sendJson<ProblemView>(`${problemPath(key)}/examples`, 'POST', { version, reviewer });
export const sendVerifyAgain = (key: string, by: string) =>
  sendJson<VerifyAgainResult>(`${problemPath(key)}/verify`, 'POST', { by });
