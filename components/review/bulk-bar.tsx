'use client';

import { useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '@/components/ui/fetch-json';
import type { BulkResult, ProblemPage } from '@/lib/review/types';
import { sendBulk } from './queries';
import { ReasonPicker, rejectionProblem, type Rejection } from './reason-picker';
import { describeFilter, filterOf, type ReviewView } from './view-state';

type Target = 'approve' | 'reject';

/** Approve or reject the whole filter match (every page), after a confirmation that shows the count. */
export function BulkBar({
  view,
  page,
  reviewer,
  blockedBy,
  onDone,
}: {
  view: ReviewView;
  /** The match as read after the last change; undefined while it is (re)read. */
  page: ProblemPage | undefined;
  reviewer: string;
  /** Why bulk actions are off ("" when they are not): an invalid filter. */
  blockedBy: string;
  onDone(result: BulkResult): void;
}) {
  const [target, setTarget] = useState<Target | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const count = (t: Target) => (page ? page.total - page.counts[t === 'approve' ? 'approved' : 'rejected'] : 0);
  return (
    <div className="bulk-bar" role="group" aria-label="Bulk actions">
      <span className="muted small" id="bulk-reason">
        {blockedBy
          ? `Bulk actions are off until the filter is fixed: ${blockedBy}`
          : page
            ? `${page.total} match the filter`
            : '…'}
      </span>
      <button
        type="button"
        onClick={() => setTarget('approve')}
        disabled={Boolean(blockedBy) || !page || count('approve') === 0}
        aria-describedby="bulk-reason"
      >
        Approve all {page && !blockedBy ? count('approve') : ''} matching…
      </button>
      <button
        type="button"
        onClick={() => setTarget('reject')}
        disabled={Boolean(blockedBy) || !page || count('reject') === 0}
        aria-describedby="bulk-reason"
      >
        Reject all {page && !blockedBy ? count('reject') : ''} matching…
      </button>
      {message ? (
        <span role="status" className="small">
          {message}
        </span>
      ) : null}
      {target ? (
        <BulkConfirm
          target={target}
          count={count(target)}
          filter={describeFilter(view)}
          onCancel={() => setTarget(null)}
          onConfirm={async (rejection) => {
            try {
              const result = await sendBulk({
                filter: filterOf(view),
                action: target,
                reviewer,
                expected: count(target),
                ...(rejection
                  ? { reasons: rejection.reasons, ...(rejection.note.trim() ? { note: rejection.note.trim() } : {}) }
                  : {}),
              });
              setMessage(`${target === 'approve' ? 'Approved' : 'Rejected'} ${result.changed} problem(s).`);
              onDone(result);
            } catch (error) {
              setMessage(error instanceof ApiRequestError || error instanceof Error ? error.message : String(error));
              onDone({ matched: 0, changed: 0 });
            }
            setTarget(null);
          }}
        />
      ) : null}
    </div>
  );
}

function BulkConfirm({
  target,
  count,
  filter,
  onCancel,
  onConfirm,
}: {
  target: Target;
  count: number;
  filter: string;
  onCancel(): void;
  onConfirm(rejection: Rejection | null): Promise<void>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [rejection, setRejection] = useState<Rejection>({ reasons: [], note: '' });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const problem = target === 'reject' ? rejectionProblem(rejection) : null;
  const verb = target === 'approve' ? 'Approve' : 'Reject';
  return (
    <dialog ref={dialog} className="review-dialog" aria-label={`${verb} all matching`} onClose={onCancel}>
      <form
        method="dialog"
        onSubmit={async (event) => {
          event.preventDefault();
          if (problem) return;
          setBusy(true);
          await onConfirm(target === 'reject' ? rejection : null);
        }}
      >
        <h2>
          {verb} {count} problem{count === 1 ? '' : 's'}?
        </h2>
        <p>
          This {target === 'approve' ? 'approves' : 'rejects'} <strong>every</strong> problem matching <em>{filter}</em>{' '}
          that is not {target === 'approve' ? 'approved' : 'rejected'} yet — all pages, not only the visible one. If the
          match changes before you confirm, nothing is changed and you are asked again.
        </p>
        {target === 'reject' ? <ReasonPicker value={rejection} onChange={setRejection} /> : null}
        {problem ? <p className="small muted">{problem}</p> : null}
        <div className="button-row">
          <button
            type="submit"
            className={target === 'approve' ? 'primary' : 'danger'}
            disabled={busy || problem !== null}
          >
            {verb} {count}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
