'use client';

import { useEffect, useRef, type DialogHTMLAttributes, type ReactNode } from 'react';

type DialogProps = Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'onClose'> & {
  /** Shown as a modal while true (the default: mount it to open it). */
  open?: boolean;
  /** Esc, a `<form method="dialog">` or a close button: the parent should drop or close it. */
  onClose(): void;
  children: ReactNode;
};

/** A native modal `<dialog>` (focus trap, Esc and backdrop from the browser) kept in step with `open`. */
export function Dialog({ open = true, onClose, className, children, ...rest }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className={className ? `ui-dialog ${className}` : 'ui-dialog'} onClose={onClose} {...rest}>
      {children}
    </dialog>
  );
}
