'use client';

import type { ConflictDetail } from '@/lib/review/types';
import { formatTime } from '@/components/ui/format';
import { DiffView } from './diff-view';

/** The 409 explained: who changed the problem, how, and (for an edit) their text against yours. */
export function ConflictNotice({
  message,
  conflict,
  mine,
  onReload,
}: {
  message: string;
  conflict: ConflictDetail;
  mine: { statement: string; answerCode: string } | null;
  onReload(): void;
}) {
  return (
    <div className="panel panel-error conflict" role="alert" aria-label="Conflict">
      <h3>Someone else changed this problem</h3>
      <p>{message}</p>
      <ul>
        {conflict.changes.map((change) => (
          <li key={change.version}>
            <strong>{change.reviewer}</strong>{' '}
            {change.action === 'edit' ? `edited it (revision ${change.revision})` : `${change.action}d it`} at{' '}
            {formatTime(change.at)} → version {change.version}
          </li>
        ))}
      </ul>
      <p className="small">
        Now: <strong>{conflict.current.status}</strong>, version {conflict.current.version}.
      </p>
      {mine ? (
        <>
          <DiffView label="Their statement → yours" before={conflict.current.statement} after={mine.statement} />
          <DiffView label="Their answer → yours" before={conflict.current.answerCode} after={mine.answerCode} />
        </>
      ) : null}
      <button type="button" onClick={onReload}>
        Load their version{mine ? ' (your draft stays in the editor)' : ''}
      </button>
    </div>
  );
}
