'use client';

import { useState, useSyncExternalStore } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { useIdentity } from '@/components/ui/identity';

const KEY = 'scogen.review.reviewer';
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The reviewer's name, kept in this browser (localStorage); undefined while rendering on the server. */
export function useReviewer(): [string | null | undefined, (name: string) => void] {
  const name = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(KEY),
    () => undefined,
  );
  const save = (value: string) => {
    window.localStorage.setItem(KEY, value.trim());
    for (const listener of listeners) listener();
  };
  return [name, save];
}

/**
 * Who reviews in this browser. In team mode it is the signed-in user (`signedIn`), never asked for: the server
 * records the session's user whatever a request says. In local mode, the name typed once and kept here.
 */
export function useReviewerIdentity(): {
  reviewer: string | null | undefined;
  signedIn: boolean;
  save(name: string): void;
} {
  const { mode, actor } = useIdentity();
  const [typed, save] = useReviewer();
  return mode === 'team'
    ? { reviewer: actor?.name ?? null, signedIn: true, save }
    : { reviewer: typed, signedIn: false, save };
}

/** Asks for the reviewer's name; every action records it. Esc and Cancel close it (the page offers it again). */
export function ReviewerDialog({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave(name: string): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(initial);
  return (
    <Dialog className="review-dialog" aria-label="Reviewer name" onClose={onCancel}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onSave(name.trim());
        }}
      >
        <h2>Who is reviewing?</h2>
        <p className="muted">
          Every approval, rejection and edit records your name and the time. It is remembered in this browser.
        </p>
        <label>
          Your name
          <input autoFocus value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
        </label>
        <div className="button-row">
          <button type="submit" className="primary" disabled={!name.trim()}>
            Start reviewing
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
