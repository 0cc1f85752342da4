'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH, type Role } from '@/lib/domain/roles';
import { newUserSchema, type NewUserInput } from '@/lib/schemas/users';
import { ConfirmDialog } from './confirm-dialog';
import { RoleField, TextField } from './form-field';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from './field-errors';
import { addUser, usersQuery, type AddedUser } from './queries';
import { SecretOnce } from './secret-once';

const FIELDS = ['email', 'name', 'role', 'password', 'confirmTeamMode'] as const;

/**
 * Adds a user; in local mode the first one must be an admin and the switch to team mode is confirmed first.
 * A generated password is shown once.
 */
export function AddUserForm({ local }: { local: boolean }) {
  const client = useQueryClient();
  const id = useId();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(local ? 'admin' : 'viewer');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState<NewUserInput | null>(null);
  const [added, setAdded] = useState<AddedUser | null>(null);

  const add = useMutation({
    mutationFn: addUser,
    onSuccess: (result) => {
      setAdded(result);
      setEmail('');
      setName('');
      setPassword('');
      // After the first user the local admin is gone: a refetch would only be refused.
      if (!local) void client.invalidateQueries({ queryKey: usersQuery().queryKey });
    },
    onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: NewUserInput = {
      email,
      role: local ? 'admin' : role,
      ...(name.trim() ? { name } : {}),
      ...(password ? { password } : {}),
    };
    const parsed = newUserSchema.safeParse(input);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    if (local) setConfirming(input);
    else add.mutate(input);
  };

  if (added && local)
    return (
      <section className="panel" aria-labelledby={`${id}-team`}>
        <h2 id={`${id}-team`}>The app is now in team mode</h2>
        <p>
          {added.user.email} is its first admin. From now on everyone signs in, and the local admin is gone: sign in as{' '}
          {added.user.email}
          {added.password ? ' with the password below' : ' with the password you chose'}.
        </p>
        {added.password ? <SecretOnce label={`Password for ${added.user.email}`} value={added.password} /> : null}
        <p>
          {/* A full load: the layout has to render again for a visitor who is now signed out. */}
          <a className="button" href="/sign-in?next=%2Fusers">
            Go to sign-in
          </a>
        </p>
      </section>
    );

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{local ? 'Add the first admin' : 'Add a user'}</h2>
      {local ? (
        <p className="notice notice-warn">
          No users exist yet, so the app runs in <strong>local mode</strong> and you are its single admin. Adding the
          first user switches it to <strong>team mode</strong>: everyone must sign in, and the local admin goes away.
          The first user is therefore an admin.
        </p>
      ) : null}
      <form className="users-form" onSubmit={submit} noValidate>
        <TextField
          id={`${id}-email`}
          label="E-mail"
          type="email"
          error={errors.email}
          value={email}
          onChange={setEmail}
        />
        <TextField id={`${id}-name`} label="Name (optional)" error={errors.name} value={name} onChange={setName} />
        <RoleField
          id={`${id}-role`}
          label="Role"
          error={errors.role}
          hint={local ? 'The first user must be an admin.' : undefined}
          value={local ? 'admin' : role}
          disabled={local}
          onChange={setRole}
        />
        <TextField
          id={`${id}-password`}
          label="Password (optional)"
          type="password"
          autoComplete="new-password"
          error={errors.password}
          hint={`Leave empty to generate one (shown once); at least ${MIN_PASSWORD_LENGTH} characters otherwise.`}
          value={password}
          onChange={setPassword}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={add.isPending}>
            {local ? 'Add admin…' : 'Add user'}
          </button>
        </div>
        {(errors.form ?? errors.confirmTeamMode) ? (
          <p role="alert" className="error-message">
            {errors.form ?? errors.confirmTeamMode}
          </p>
        ) : null}
      </form>
      {added ? (
        <p role="status" className="note">
          Added {added.user.email} as {added.user.role}.
        </p>
      ) : null}
      {added?.password ? (
        <SecretOnce
          label={`Password for ${added.user.email}`}
          value={added.password}
          onDismiss={() => setAdded(null)}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title="Switch to team mode?"
          confirm="Add admin and switch to team mode"
          onClose={() => setConfirming(null)}
          onConfirm={() => {
            add.mutate({ ...confirming, confirmTeamMode: true });
            setConfirming(null);
          }}
        >
          <p>
            Adding {confirming.email} makes the app require sign-in for everyone, and this browser&apos;s local admin
            goes away. You will sign in as {confirming.email}.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
