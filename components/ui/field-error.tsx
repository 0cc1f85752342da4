/** The ARIA of an input whose error (if any) is shown by `<FieldError id={errorId}>`; `also` adds other descriptions. */
export function errorProps(errorId: string, message: string | null | undefined, also: Array<string | undefined> = []) {
  const described = [message ? errorId : undefined, ...also].filter(Boolean).join(' ');
  return {
    'aria-invalid': message ? (true as const) : undefined,
    'aria-describedby': described || undefined,
  };
}

/** An input's error in words, right below it; the input points at it with `errorProps`. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <span id={id} className="field-error">
      {message}
    </span>
  );
}

/** Why a button is off, next to it ("Preview is off: Temperature must be between 0.1 and 10."). */
export function OffNote({ id, action, reason }: { id?: string; action: string; reason: string | undefined }) {
  if (!reason) return null;
  return (
    <p id={id} className="note off-note">
      {action} is off: {reason}.
    </p>
  );
}
