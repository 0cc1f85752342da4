'use client';

import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { reasonKey, ReasonPicker, rejectionProblem, type Rejection } from './reason-picker';

/** Reject with reason tags: 1–5 toggle tags, Enter rejects, Esc cancels. */
export function RejectDialog({
  title,
  onReject,
  onClose,
}: {
  title: string;
  onReject(value: Rejection): void;
  onClose(): void;
}) {
  const [value, setValue] = useState<Rejection>({ reasons: [], note: '' });
  const [tried, setTried] = useState(false);
  const problem = rejectionProblem(value);
  const submit = () => {
    setTried(true);
    if (!problem) onReject(value);
  };

  return (
    <Dialog
      className="review-dialog"
      aria-label="Reject problem"
      onClose={onClose}
      onKeyDown={(event) => {
        if (reasonKey(event, value, setValue)) event.preventDefault();
        else if (
          event.key === 'Enter' &&
          (!(event.target instanceof HTMLTextAreaElement) || event.ctrlKey || event.metaKey)
        ) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2>Reject “{title}”</h2>
        <ReasonPicker value={value} onChange={setValue} />
        {tried && problem ? <p role="alert">{problem}</p> : null}
        <div className="button-row">
          <button type="submit" className="danger">
            Reject <kbd>Enter</kbd>
          </button>
          <button type="button" onClick={onClose}>
            Cancel <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </Dialog>
  );
}
