'use client';

import { useState } from 'react';
import { REASON_LABELS, type ReasonTag, type ReviewEvent, type Revision } from '@/lib/review/types';
import { formatTime } from '@/components/ui/format';
import { DiffView } from './diff-view';

function describe(event: ReviewEvent): string {
  const reasons = event.reasons.map((r) => REASON_LABELS[r as ReasonTag] ?? r).join(', ');
  switch (event.action) {
    case 'edit':
      return `edited (revision ${event.revision})`;
    case 'reject':
      return `rejected${reasons ? `: ${reasons}` : ''}${event.note ? ` — “${event.note}”` : ''}`;
    case 'approve':
      return 'approved';
    case 'reopen':
      return 'reopened';
    case 'examples':
      return `regenerated the examples (revision ${event.revision})`;
  }
}

/** Every review change (who, when, what) and every revision, with a diff of each against the one before. */
export function ReviewHistory({ events, revisions }: { events: ReviewEvent[]; revisions: Revision[] }) {
  const [shown, setShown] = useState<number | null>(null);
  const selected = revisions.find((r) => r.number === (shown ?? revisions.at(-1)?.number));
  const previous = selected ? revisions.find((r) => r.number === selected.number - 1) : undefined;

  return (
    <section className="review-history" aria-label="History">
      <h3>History</h3>
      {events.length === 0 ? <p className="muted small">Not reviewed yet.</p> : null}
      <ol className="event-list">
        {[...events].reverse().map((event) => (
          <li key={event.version}>
            <span className="muted small">v{event.version}</span> <strong>{event.reviewer}</strong> {describe(event)}
            {event.bulk ? <span className="muted small"> (bulk)</span> : null}{' '}
            <span className="muted small">· {formatTime(event.at)}</span>
          </li>
        ))}
      </ol>
      {revisions.length > 0 ? (
        <>
          <h4>Revisions</h4>
          <ul className="revision-list" aria-label="Revisions">
            {revisions.map((revision) => (
              <li key={revision.number}>
                <button
                  type="button"
                  className="link"
                  aria-pressed={selected?.number === revision.number}
                  onClick={() => setShown(revision.number)}
                >
                  Revision {revision.number}
                </button>{' '}
                {revision.number === 0 ? 'original (synthesis)' : `by ${revision.reviewer ?? '?'}`}{' '}
                <span className="muted small">· {formatTime(revision.createdAt)}</span>
              </li>
            ))}
          </ul>
          {selected && previous ? (
            <div className="revision-diff" aria-label={`Changes in revision ${selected.number}`}>
              <p className="small">
                Revision {previous.number} → {selected.number}
              </p>
              {previous.title !== selected.title ? (
                <DiffView label="Title" before={previous.title} after={selected.title} />
              ) : null}
              <DiffView label="Statement" before={previous.statement} after={selected.statement} />
              <DiffView label="Answer" before={previous.answerCode} after={selected.answerCode} />
              {previous.answerExplanation !== selected.answerExplanation ? (
                <DiffView label="Explanation" before={previous.answerExplanation} after={selected.answerExplanation} />
              ) : null}
            </div>
          ) : selected ? (
            <p className="muted small">Revision 0 is the synthesis output.</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
