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
import { ReviewerDialog, useReviewerIdentity } from './reviewer';
import { InvalidFilter, NoMatch, QueueEnd } from './queue-states';
import { useFilterDrafts } from './use-filter-drafts';
import { errorSummary } from './filter-drafts';
import { QUEUE_PAGE, summaryOf, useFocusQueue } from './use-focus-queue';
import { clearedView, formatReviewView, parseReviewView, stillMatches, type ReviewView } from './view-state';
import { RoleNote, useCan } from '@/components/ui/identity';

/** The review page: progress, filters, bulk actions, export, and the focus or list view of the queue. */
export function ReviewWorkbench() {
  const params = useSearchParams();
  const router = useRouter();
  const client = useQueryClient();
  const view = useMemo(() => parseReviewView(new URLSearchParams(params.toString())), [params]);
  const focusKey = params.get('focus');
  // From the URL at call time, not this render's view: a debounced filter may land after another change.
  const update = (change: Partial<ReviewView>) => {
    const latest = parseReviewView(new URLSearchParams(window.location.search));
    router.replace(`/review?${formatReviewView({ ...latest, ...change })}`, { scroll: false });
  };
  const drafts = useFilterDrafts(view, (values) => update({ ...values, page: 1 }));
  const invalid = errorSummary(drafts.errors);
  const clearFilters = () => {
    const cleared = clearedView(view);
    drafts.reset(cleared);
    update(cleared);
  };
  const allStatuses = () => update({ status: null, page: 1 });

  const { reviewer, signedIn, save: saveReviewer } = useReviewerIdentity();
  // A viewer reads the queue; the actions are the reviewer role's (the API refuses them regardless).
  const canReview = useCan('reviewer');
  // null: ask when no name is kept yet (local mode only); Esc or Cancel leaves a "Set reviewer" button instead.
  const [asking, setAsking] = useState<boolean | null>(null);
  const [duplicatesMessage, setDuplicatesMessage] = useState<string | null>(null);
  const progress = useQuery(progressQuery());
  const listOffset = view.mode === 'list' ? (view.page - 1) * view.pageSize : 0;
  const page = useQuery(problemsQuery(view, listOffset, view.mode === 'list' ? view.pageSize : QUEUE_PAGE));
  const queue = useFocusQueue(view, { enabled: view.mode === 'focus' && !invalid, focusKey });

  const current = queue.current;
  const fresh = page.data && !page.isPlaceholderData && !page.isFetching ? page.data : null;
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
  const afterBulk = () => {
    refreshCounts();
    void client.invalidateQueries({ queryKey: ['review', 'problem'] });
    // A link's focus problem may have left the filter with the bulk change: the rebuilt queue starts fresh.
    if (focusKey) update({});
    queue.rebuild();
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
            Reviewing as <strong>{reviewer}</strong>
            {signedIn ? (
              <span className="muted small"> (signed in)</span>
            ) : (
              <>
                {' '}
                <button type="button" className="link small" onClick={() => setAsking(true)}>
                  change
                </button>
              </>
            )}
          </p>
        ) : !signedIn && reviewer === null && asking === false ? (
          <p className="reviewer-name">
            <button type="button" className="primary" onClick={() => setAsking(true)}>
              Set reviewer
            </button>
          </p>
        ) : null}
      </header>
      {!signedIn && reviewer !== undefined && (asking ?? reviewer === null) ? (
        <ReviewerDialog
          initial={reviewer ?? ''}
          onSave={(name) => {
            saveReviewer(name);
            setAsking(false);
          }}
          onCancel={() => setAsking(false)}
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

      <Filters view={view} drafts={drafts} progress={progress.data} onChange={update} />

      <div className="review-toolbar">
        <div className="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed={view.mode === 'focus'} onClick={() => update({ mode: 'focus' })}>
            Focus
          </button>
          <button type="button" aria-pressed={view.mode === 'list'} onClick={() => update({ mode: 'list' })}>
            List
          </button>
        </div>
        {reviewer && canReview ? (
          <BulkBar view={view} page={fresh ?? undefined} reviewer={reviewer} blockedBy={invalid} onDone={afterBulk} />
        ) : null}
        {canReview ? (
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
        ) : null}
        {duplicatesMessage ? (
          <span role="status" className="small">
            {duplicatesMessage}
          </span>
        ) : null}
        {canReview ? (
          <ExportPanel view={view} invalidFilter={invalid} />
        ) : (
          <RoleNote need="reviewer" action="Bulk actions, duplicate scans and export" />
        )}
      </div>

      {page.error && !invalid ? <p role="alert">Could not load problems: {page.error.message}</p> : null}
      {queue.failure && !invalid ? <p role="alert">Could not load the queue: {queue.failure}</p> : null}
      {invalid ? (
        <InvalidFilter summary={invalid} onClear={clearFilters} />
      ) : view.mode === 'list' ? (
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
      ) : !queue.ready ? (
        <p role="status">Loading…</p>
      ) : queue.queue.items.length === 0 ? (
        <NoMatch view={view} onClear={clearFilters} onAllStatuses={allStatuses} />
      ) : !current ? (
        <QueueEnd
          view={view}
          remaining={fresh ? fresh.total : null}
          onStartOver={queue.rebuild}
          onBack={queue.previous}
          onClear={clearFilters}
          onAllStatuses={allStatuses}
        />
      ) : reviewer ? (
        <FocusView
          key={current.key}
          problemKey={current.key}
          position={queue.queue.base + queue.queue.position}
          total={Math.max(page.data && !page.isPlaceholderData ? page.data.total : 0, queue.queue.items.length)}
          reviewer={reviewer}
          canAct={canReview}
          outsideFilter={!stillMatches(view, current.status)}
          onNext={() => void queue.next()}
          onPrevious={queue.previous}
          onChanged={onChanged}
          onOpenProblem={(key) => void openProblem(key)}
          onFilterElement={(element) => update({ element, status: null })}
        />
      ) : (
        <div className="panel queue-end" role="status" aria-label="Queue">
          <p>
            {fresh ? `${fresh.total} problem(s) match these filters. ` : ''}
            {signedIn
              ? 'Sign in to approve, reject or edit them.'
              : 'Set a reviewer name to approve, reject or edit them: every change records it.'}
          </p>
        </div>
      )}
    </div>
  );
}
