import type { ReactNode } from 'react';
import { errorProps, FieldError } from '@/components/ui/field-error';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/domain/roles';

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

/** A text, e-mail or password input in a FormField. */
export function TextField({
  id,
  label,
  error,
  hint,
  type = 'text',
  value,
  onChange,
  ...rest
}: {
  id: string;
  label: string;
  error: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  autoComplete?: string;
}) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <input
        type={type}
        autoComplete="off"
        {...rest}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...controlProps(id, error, Boolean(hint))}
      />
    </FormField>
  );
}

/** A role picker in a FormField. */
export function RoleField({
  id,
  label,
  error,
  hint,
  value,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  error: string | undefined;
  hint?: string;
  value: Role;
  disabled?: boolean;
  onChange(role: Role): void;
}) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <select
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Role)}
        {...controlProps(id, error, Boolean(hint))}
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option]}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** A table's header row; the last column holds the row's buttons. */
export function HeaderRow({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">Actions</span>
        </th>
      </tr>
    </thead>
  );
}
