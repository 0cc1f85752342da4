'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import type { ProblemView } from '@/lib/review/types';
import { BulkBar } from './bulk-bar';
import { ExportPanel } from './export-panel';
import { Filters } from './filters';
import { FocusView } from './focus-view';
import { ListView } from './list-view';
import { ReviewBar } from './progress-bars';
import { problemQuery, problemsQuery, progressQuery, sendRecomputeDuplicates } from './queries';
import { ReviewerDialog, useReviewer } from './reviewer';
import { QUEUE_PAGE, queueKeyOf, summaryOf, useFocusQueue } from './use-focus-queue';
import { formatReviewView, parseReviewView, type ReviewView } from './view-state';

/** The review page: progress, filters, bulk actions, export, and the focus or list view of the queue. */
export function ReviewWorkbench() {
  const params = useSearchParams();
  const router = useRouter();
  const client = useQueryClient();
  const view = useMemo(() => parseReviewView(new URLSearchParams(params.toString())), [params]);
  const focusKey = params.get('focus');
  const update = (change: Partial<ReviewView>) =>
    router.replace(`/review?${formatReviewView({ ...view, ...change })}`, { scroll: false });

  const [reviewer, saveReviewer] = useReviewer();
  const [renaming, setRenaming] = useState(false);
  const [duplicatesMessage, setDuplicatesMessage] = useState<string | null>(null);
  const progress = useQuery(progressQuery());
  const listOffset = view.mode === 'list' ? (view.page - 1) * view.pageSize : 0;
  const page = useQuery(problemsQuery(view, listOffset, view.mode === 'list' ? view.pageSize : QUEUE_PAGE));
  const focused = useQuery({ ...problemQuery(focusKey ?? ''), enabled: Boolean(focusKey) });
  const queue = useFocusQueue(view);

  // (Re)build the focus queue when the filter or sort changes, from the first page of the match.
  const queueKey = queueKeyOf(view);
  const firstPage = view.mode === 'focus' && page.data && !page.isPlaceholderData ? page.data : null;
  const focusReady = !focusKey || focused.data !== undefined || focused.error !== null;
  if (queue.queue.filterKey !== queueKey && firstPage && focusReady) {
    const items = firstPage.items;
    const at = focused.data ? items.findIndex((item) => item.key === focused.data.key) : -1;
    const withFocus = focused.data && at < 0 ? [summaryOf(focused.data), ...items] : items;
    queue.reset(withFocus, { total: firstPage.total + (withFocus.length - items.length), position: Math.max(0, at) });
  }

  const current = queue.current;
  useEffect(() => {
    const upcoming = queue.queue.items[queue.queue.position + 1];
    if (upcoming) void client.prefetchQuery(problemQuery(upcoming.key));
  }, [client, queue.queue.items, queue.queue.position]);

  const refreshCounts = () => {
    void client.invalidateQueries({ queryKey: ['review', 'problems'] });
    void client.invalidateQueries({ queryKey: ['review', 'progress'] });
    void client.invalidateQueries({ queryKey: ['review', 'element-problems'] });
  };
  const onChanged = (changed: ProblemView, advance: boolean) => {
    queue.update(changed);
    refreshCounts();
    if (advance) void queue.next();
  };
  const openProblem = async (key: string) => {
    const problem = await client.fetchQuery(problemQuery(key));
    queue.open(summaryOf(problem));
  };

  return (
    <div className="review">
      <header className="page-header review-header">
        <div>
          <h1>Review</h1>
          <p className="muted">
            Approve, edit or reject generated problems, see where each came from in the graph, and export the approved
            set.
          </p>
        </div>
        {reviewer ? (
          <p className="reviewer-name">
            Reviewing as <strong>{reviewer}</strong>{' '}
            <button type="button" className="link small" onClick={() => setRenaming(true)}>
              change
            </button>
          </p>
        ) : null}
      </header>
      {reviewer === null || renaming ? (
        <ReviewerDialog
          initial={reviewer ?? ''}
          onSave={(name) => {
            saveReviewer(name);
            setRenaming(false);
          }}
          {...(renaming ? { onCancel: () => setRenaming(false) } : {})}
        />
      ) : null}

      <section className="review-progress panel" aria-label="Progress">
        {progress.data ? (
          <>
            <ReviewBar label="All batches" row={progress.data.overall} />
            {progress.data.batches.slice(0, 12).map((b) => (
              <ReviewBar key={b.id} label={b.name ?? b.id} row={b} />
            ))}
            {progress.data.batches.length > 12 ? (
              <p className="muted small">
                and {progress.data.batches.length - 12} older batches (pick one in the filter)
              </p>
            ) : null}
          </>
        ) : progress.error ? (
          <p role="alert">Could not load progress: {progress.error.message}</p>
        ) : (
          <p role="status">Loading progress…</p>
        )}
      </section>

      <Filters view={view} progress={progress.data} onChange={update} />

      <div className="review-toolbar">
        <div className="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed={view.mode === 'focus'} onClick={() => update({ mode: 'focus' })}>
            Focus
          </button>
          <button type="button" aria-pressed={view.mode === 'list'} onClick={() => update({ mode: 'list' })}>
            List
          </button>
        </div>
        {reviewer ? (
          <BulkBar
            view={view}
            page={page.data}
            reviewer={reviewer}
            onDone={() => {
              queue.invalidate();
              refreshCounts();
            }}
          />
        ) : null}
        <button
          type="button"
          onClick={async () => {
            setDuplicatesMessage('Comparing statements…');
            try {
              const result = await sendRecomputeDuplicates();
              setDuplicatesMessage(`${result.flagged} of ${result.problems} problems are near duplicates.`);
              refreshCounts();
              void client.invalidateQueries({ queryKey: ['review', 'problem'] });
            } catch (error) {
              setDuplicatesMessage((error as Error).message);
            }
          }}
        >
          Recompute duplicates
        </button>
        {duplicatesMessage ? (
          <span role="status" className="small">
            {duplicatesMessage}
          </span>
        ) : null}
        <ExportPanel batch={view.batch} />
      </div>

      {page.error ? <p role="alert">Could not load problems: {page.error.message}</p> : null}
      {view.mode === 'list' ? (
        page.data ? (
          <ListView
            view={view}
            page={page.data}
            onChange={update}
            onOpen={(index) => {
              queue.reset(page.data.items, { base: listOffset, position: index, total: page.data.total });
              update({ mode: 'focus' });
            }}
          />
        ) : (
          <p role="status">Loading…</p>
        )
      ) : current && reviewer ? (
        <FocusView
          key={current.key}
          problemKey={current.key}
          position={queue.queue.base + queue.queue.position}
          total={Math.max(page.data?.total ?? 0, queue.queue.items.length)}
          reviewer={reviewer}
          onNext={() => void queue.next()}
          onPrevious={queue.previous}
          onChanged={onChanged}
          onOpenProblem={(key) => void openProblem(key)}
          onFilterElement={(element) => update({ element, status: null })}
        />
      ) : queue.queue.filterKey === queueKey ? (
        <div className="panel queue-end" role="status">
          {queue.queue.items.length === 0
            ? 'No problems match this filter.'
            : 'End of the queue: every problem in it has been shown.'}{' '}
          {queue.queue.items.length > 0 ? (
            <button type="button" onClick={queue.previous}>
              Back to the last one <kbd>k</kbd>
            </button>
          ) : null}
        </div>
      ) : (
        <p role="status">Loading…</p>
      )}
    </div>
  );
}
