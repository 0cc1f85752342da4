import { queryOptions } from '@tanstack/react-query';
import { fetchJson, sendJson } from '@/components/ui/fetch-json';
import type { BatchAction } from '@/lib/schemas/batch';
import type { BatchDetail, BatchItemsPage, BatchList, BatchSummary, ProblemView } from '@/lib/synthesis/types';
import type { BatchVerification } from '@/lib/verification/report-types';
import { pollInterval } from './format';

export const batchesQuery = () =>
  queryOptions({
    queryKey: ['batches', 'list'],
    queryFn: () => fetchJson<BatchList>('/api/batches'),
    staleTime: 500,
    // Live while a batch is queued or running, quiet otherwise.
    refetchInterval: (query) => pollInterval(query.state.data?.batches),
  });

export const batchQuery = (id: string) =>
  queryOptions({
    queryKey: ['batches', 'detail', id],
    queryFn: () => fetchJson<BatchDetail>(`/api/batches/${encodeURIComponent(id)}`),
    staleTime: 500,
    refetchInterval: (query) =>
      query.state.error ? false : pollInterval(query.state.data ? [query.state.data] : undefined),
  });

/**
 * One page of a batch's items; live while the batch runs. `version` (the batch's status and counters)
 * is part of the key, so the page is read again whenever the batch page sees the batch change.
 */
export const batchItemsQuery = (id: string, from: number, size: number, version: string, active: boolean) =>
  queryOptions({
    queryKey: ['batches', 'items', id, from, size, version],
    queryFn: () =>
      fetchJson<BatchItemsPage>(
        `/api/batches/${encodeURIComponent(id)}/items?${new URLSearchParams({ from: String(from), size: String(size) })}`,
      ),
    staleTime: 500,
    refetchInterval: (query) => (query.state.error || !active ? false : 1_000),
  });

export const problemQuery = (id: string, index: number) =>
  queryOptions({
    queryKey: ['batches', 'problem', id, index],
    queryFn: () => fetchJson<ProblemView>(`/api/batches/${encodeURIComponent(id)}/problems/${index}`),
    staleTime: 60_000,
    retry: false,
  });

/** Pause, resume, cancel or retry failed items; the answer is the updated summary. */
export const batchAction = (id: string, action: BatchAction) =>
  sendJson<BatchSummary>(`/api/batches/${encodeURIComponent(id)}/actions`, 'POST', action);

/** A batch's verification summary; live while the batch runs or problems wait for re-verification. */
export const batchVerificationQuery = (id: string, active: boolean) =>
  queryOptions({
    queryKey: ['batches', 'verification', id],
    queryFn: () => fetchJson<BatchVerification>(`/api/batches/${encodeURIComponent(id)}/verification`),
    staleTime: 500,
    refetchInterval: (query) =>
      query.state.error ? false : active ? 1_000 : (query.state.data?.queued ?? 0) > 0 ? 2_000 : false,
  });
