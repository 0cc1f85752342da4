import type { ReactNode } from 'react';
import { errorProps, FieldError } from '@/components/ui/field-error';

/** A labelled control with an optional hint and its error below; the control spreads `controlProps`. */
export function FormField({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className="note">
          {hint}
        </span>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The id and ARIA of a FormField's control. */
export function controlProps(id: string, error: string | undefined, hint = false) {
  return { id, ...errorProps(`${id}-error`, error, hint ? [`${id}-hint`] : []) };
}
