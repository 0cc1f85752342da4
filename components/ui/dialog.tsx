'use client';

import { useEffect, useRef, type DialogHTMLAttributes, type ReactNode } from 'react';

type DialogProps = Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'onClose'> & {
  /** Shown as a modal while true (the default: mount it to open it). */
  open?: boolean;
  /** Esc, a `<form method="dialog">` or a close button: the parent should drop or close it. */
  onClose(): void;
  children: ReactNode;
};

/**
 * A native modal `<dialog>` (focus trap, Esc and backdrop from the browser) kept in step with `open`.
 * Focus goes back to whatever had it before the dialog opened, also when the parent unmounts the dialog
 * instead of closing it (the browser only restores focus on `close()`).
 */
export function Dialog({ open = true, onClose, className, children, ...rest }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    }
    if (!open && element.open) element.close();
    if (!open) restoreFocus(opener);
  }, [open]);
  useEffect(() => () => restoreFocus(opener), []);
  return (
    <dialog ref={dialog} className={className ? `ui-dialog ${className}` : 'ui-dialog'} onClose={onClose} {...rest}>
      {children}
    </dialog>
  );
}

function restoreFocus(opener: { current: HTMLElement | null }) {
  const target = opener.current;
  opener.current = null;
  // Only when focus was lost with the dialog (on the body), never stealing it from where the user moved on.
  if (target?.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
    target.focus();
  }
}
