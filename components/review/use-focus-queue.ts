'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ProblemSummary, ProblemView } from '@/lib/review/types';
import { problemsQuery } from './queries';
import { listSearch, stillMatches, type ReviewView } from './view-state';

export const QUEUE_PAGE = 25;

export interface FocusQueue {
  /** The filter and sort the queue was built for. */
  filterKey: string;
  /** Offset in the match of the queue's first item. */
  base: number;
  items: ProblemSummary[];
  /** items.length means "past the end". */
  position: number;
  done: boolean;
}

const EMPTY: FocusQueue = { filterKey: '', base: 0, items: [], position: 0, done: false };

/** The key of a view's filter and sort: the queue is rebuilt when it changes. */
export const queueKeyOf = (view: ReviewView) => listSearch(view, 0, 0);

export function summaryOf(view: ProblemView): ProblemSummary {
  const {
    key,
    batchId,
    index,
    title,
    scenarioKey,
    scenarioName,
    coherence,
    status,
    version,
    reviewer,
    reviewedAt,
    createdAt,
    reasons,
    revision,
    duplicate,
    verification,
  } = view;
  return {
    key,
    batchId,
    index,
    title,
    scenarioKey,
    scenarioName,
    coherence,
    status,
    version,
    reviewer,
    reviewedAt,
    createdAt,
    reasons,
    revision,
    duplicate,
    verification,
  };
}

/**
 * The focus view's queue: problems in filter order, walked with next/previous. Reviewed problems stay
 * in place (so k goes back to them); more are fetched at the end from an offset that skips the ones
 * still matching, so problems that left the filter (approved from a pending queue) do not shift it.
 */
export function useFocusQueue(view: ReviewView) {
  const client = useQueryClient();
  const [queue, setQueue] = useState<FocusQueue>(EMPTY);
  const [loading, setLoading] = useState(false);

  const loadMore = async (current: FocusQueue): Promise<FocusQueue> => {
    const offset = current.base + current.items.filter((item) => stillMatches(view, item.status)).length;
    const page = await client.fetchQuery(problemsQuery(view, offset, QUEUE_PAGE));
    const known = new Set(current.items.map((item) => item.key));
    const fresh = page.items.filter((item) => !known.has(item.key));
    return {
      ...current,
      items: [...current.items, ...fresh],
      done: page.items.length < QUEUE_PAGE || fresh.length === 0,
    };
  };

  const next = async () => {
    if (loading) return;
    let current = queue;
    if (current.position >= current.items.length - 1 && !current.done) {
      setLoading(true);
      try {
        current = await loadMore(current);
      } finally {
        setLoading(false);
      }
    }
    setQueue({ ...current, position: Math.min(current.position + 1, current.items.length) });
  };

  return {
    queue,
    loading,
    current: queue.items[queue.position] as ProblemSummary | undefined,
    reset: (items: ProblemSummary[], options: { base?: number; position?: number; total: number }) =>
      setQueue({
        filterKey: queueKeyOf(view),
        base: options.base ?? 0,
        items,
        position: options.position ?? 0,
        done: (options.base ?? 0) + items.length >= options.total,
      }),
    invalidate: () => setQueue(EMPTY),
    next,
    previous: () => setQueue((q) => ({ ...q, position: Math.max(0, q.position - 1) })),
    open: (item: ProblemSummary) =>
      setQueue((q) => {
        const at = q.items.findIndex((i) => i.key === item.key);
        if (at >= 0) return { ...q, position: at };
        const items = [...q.items];
        items.splice(q.position, 0, item);
        return { ...q, items };
      }),
    update: (changed: ProblemView) =>
      setQueue((q) => ({ ...q, items: q.items.map((item) => (item.key === changed.key ? summaryOf(changed) : item)) })),
  };
}
