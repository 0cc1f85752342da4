'use client';

import type { ReactNode } from 'react';
import { Dialog } from '@/components/ui/dialog';

/** Asks before a step that cannot be undone; Esc or Cancel backs out. */
export function ConfirmDialog({
  title,
  confirm,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  /** The confirming button's words ("Remove user"). */
  confirm: string;
  onConfirm(): void;
  onClose(): void;
  children: ReactNode;
}) {
  return (
    <Dialog className="users-dialog" aria-label={title} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <h2>{title}</h2>
        {children}
        <div className="button-row">
          <button type="submit" className="button danger">
            {confirm}
          </button>
          <button type="button" onClick={onClose} autoFocus>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
