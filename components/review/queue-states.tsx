'use client';

import { describeFilter, hasFilters, type ReviewView } from './view-state';

/** The ways out of an empty queue: drop the filters, or look at every status. */
function WaysOut({ view, onClear, onAllStatuses }: { view: ReviewView; onClear(): void; onAllStatuses(): void }) {
  return (
    <div className="button-row">
      {hasFilters(view) ? (
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
      {view.status !== null ? (
        <button type="button" onClick={onAllStatuses}>
          Show every status
        </button>
      ) : null}
    </div>
  );
}

/** Nothing matches the filter (also right after a bulk action emptied it): says which filter, and offers a way out. */
export function NoMatch(props: { view: ReviewView; onClear(): void; onAllStatuses(): void }) {
  return (
    <div className="panel queue-end" role="status" aria-label="Queue">
      <p>
        <strong>No problem matches these filters</strong> ({props.view.status ?? 'any'} status;{' '}
        {describeFilter({ ...props.view, status: null })}).
      </p>
      <WaysOut {...props} />
    </div>
  );
}

/** Past the last problem of the queue: start over when some still match (skipped ones), else the ways out. */
export function QueueEnd({
  view,
  remaining,
  onStartOver,
  onBack,
  onClear,
  onAllStatuses,
}: {
  view: ReviewView;
  /** How many problems match the filter now (null while it is read). */
  remaining: number | null;
  onStartOver(): void;
  onBack(): void;
  onClear(): void;
  onAllStatuses(): void;
}) {
  return (
    <div className="panel queue-end" role="status" aria-label="Queue">
      <p>
        <strong>End of the queue</strong>: every problem in it has been shown.{' '}
        {remaining === null
          ? ''
          : remaining > 0
            ? `${remaining} still match these filters (skipped or changed meanwhile).`
            : 'None match these filters any more.'}
      </p>
      <div className="button-row">
        {remaining !== null && remaining > 0 ? (
          <button type="button" className="primary" onClick={onStartOver}>
            Start over with the {remaining} left
          </button>
        ) : null}
        <button type="button" onClick={onBack}>
          Back to the last one <kbd>k</kbd>
        </button>
      </div>
      {remaining === 0 ? <WaysOut view={view} onClear={onClear} onAllStatuses={onAllStatuses} /> : null}
    </div>
  );
}

/** The filter does not pass the API's rules: no problem is offered until it is fixed. */
export function InvalidFilter({ summary, onClear }: { summary: string; onClear(): void }) {
  return (
    <div className="panel queue-end" role="status" aria-label="Queue">
      <p>
        <strong>No problem is shown while a filter is invalid</strong>: {summary}.
      </p>
      <div className="button-row">
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      </div>
    </div>
  );
}
