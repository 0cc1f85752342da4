'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ProblemSummary, ProblemView } from '@/lib/review/types';
import { problemQuery, problemsQuery } from './queries';
import { listSearch, stillMatches, type ReviewView } from './view-state';

export const QUEUE_PAGE = 25;

export interface FocusQueue {
  /** The filter, sort and build generation the queue was built for (`buildKeyOf`). */
  builtFor: string;
  /** Offset in the match of the queue's first item. */
  base: number;
  items: ProblemSummary[];
  /** items.length means "past the end". */
  position: number;
  done: boolean;
}

const EMPTY: FocusQueue = { builtFor: '', base: 0, items: [], position: 0, done: false };

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
    kind,
    functionName,
    family,
    codebaseKey,
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
    kind,
    functionName,
    family,
    codebaseKey,
  };
}

/**
 * The focus view's queue: problems in filter order, walked with next/previous. It is built from a fresh read of
 * the match (never from cached pages) whenever the filter or sort changes and after `rebuild` (a bulk action,
 * Start over); until then `ready` is false and no problem of an older build is offered. Reviewed problems stay
 * in place (so k goes back to them); more are fetched at the end from an offset that skips the ones still
 * matching, so problems that left the filter (approved from a pending queue) do not shift it.
 * `focusKey` (a link to one problem of the match) puts that problem first when it is not on the first page.
 */
export function useFocusQueue(view: ReviewView, options: { enabled: boolean; focusKey: string | null }) {
  const client = useQueryClient();
  const [queue, setQueue] = useState<FocusQueue>(EMPTY);
  const [generation, setGeneration] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const buildKey = `${queueKeyOf(view)}#${generation}`;
  const { enabled, focusKey } = options;

  useEffect(() => {
    if (!enabled || queue.builtFor === buildKey) return;
    let cancelled = false;
    const build = async () => {
      const page = await client.fetchQuery({ ...problemsQuery(view, 0, QUEUE_PAGE), staleTime: 0 });
      let items = page.items;
      let total = page.total;
      if (focusKey && !items.some((item) => item.key === focusKey)) {
        const focused = await client.fetchQuery({ ...problemQuery(focusKey), staleTime: 0 }).catch(() => null);
        if (focused) {
          items = [summaryOf(focused), ...items];
          total += 1;
        }
      }
      if (cancelled) return;
      const at = focusKey ? items.findIndex((item) => item.key === focusKey) : -1;
      setFailure(null);
      setQueue({ builtFor: buildKey, base: 0, items, position: Math.max(0, at), done: items.length >= total });
    };
    build().catch((error: unknown) => {
      if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
    };
    // The build key stands for the view's filter and sort; the view object itself changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [buildKey, enabled, focusKey, client, queue.builtFor]);

  const loadMore = async (current: FocusQueue): Promise<FocusQueue> => {
    const offset = current.base + current.items.filter((item) => stillMatches(view, item.status)).length;
    const page = await client.fetchQuery({ ...problemsQuery(view, offset, QUEUE_PAGE), staleTime: 0 });
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

  const ready = queue.builtFor === buildKey;
  return {
    queue,
    /** Built for the view's current filter and sort, from a read made after the last change. */
    ready,
    failure,
    loading,
    current: ready ? (queue.items[queue.position] as ProblemSummary | undefined) : undefined,
    /** Takes the list view's page as the queue (clicking a row), positioned on that row. */
    reset: (items: ProblemSummary[], options: { base?: number; position?: number; total: number }) =>
      setQueue({
        builtFor: buildKey,
        base: options.base ?? 0,
        items,
        position: options.position ?? 0,
        done: (options.base ?? 0) + items.length >= options.total,
      }),
    /** Drops the queue and builds it again from a fresh read of the match. */
    rebuild: () => {
      setQueue(EMPTY);
      setGeneration((g) => g + 1);
    },
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
