'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIdentity } from '@/components/ui/identity';
import { ROLES, type Role } from '@/lib/domain/roles';
import { ConfirmDialog } from './confirm-dialog';
import { changeRole, formatWhen, removeUser, resetPassword, tokensQuery, usersQuery, type UserRow } from './queries';
import { HeaderRow } from './form-field';
import { SecretOnce } from './secret-once';

type Pending = { kind: 'remove' | 'reset'; user: UserRow };

/** The users with their roles: change a role, reset a password (shown once), remove (after a confirmation). */
export function UsersTable() {
  const client = useQueryClient();
  const { actor } = useIdentity();
  const users = useQuery(usersQuery());
  const [pending, setPending] = useState<Pending | null>(null);
  const [reset, setReset] = useState<{ email: string; password: string } | null>(null);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: usersQuery().queryKey });
    void client.invalidateQueries({ queryKey: tokensQuery().queryKey });
  };
  const role = useMutation({ mutationFn: changeRole, onSettled: refresh });
  const remove = useMutation({ mutationFn: removeUser, onSettled: refresh });
  const password = useMutation({
    mutationFn: resetPassword,
    onSuccess: (result) => setReset({ email: result.user.email, password: result.password }),
  });
  const error = users.error ?? role.error ?? remove.error ?? password.error;
  const list = users.data ?? [];

  return (
    <section className="panel" aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      {error ? (
        <p role="alert" className="error-message">
          {error.message}
        </p>
      ) : null}
      {reset ? (
        <SecretOnce label={`New password for ${reset.email}`} value={reset.password} onDismiss={() => setReset(null)} />
      ) : null}
      {users.isLoading ? <p className="note">Loading users…</p> : null}
      {users.data && list.length === 0 ? <p className="note">No users yet: the app is in local mode.</p> : null}
      {list.length > 0 ? (
        <table className="table users-table" aria-label="Users">
          <HeaderRow columns={['E-mail', 'Name', 'Role', 'Created']} />
          <tbody>
            {list.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.email}
                  {actor?.id === user.id ? <span className="note"> (you)</span> : null}
                </td>
                <td>{user.name}</td>
                <td>
                  <select
                    aria-label={`Role of ${user.email}`}
                    value={user.role}
                    disabled={role.isPending}
                    onChange={(event) => role.mutate({ id: user.id, role: event.target.value as Role })}
                  >
                    {ROLES.map((option) => (
                      <option key={option} value={option}>
                        {option}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="nowrap">{formatWhen(user.createdAt)}</td>
                <td>
                  <div className="users-actions">
                    <button
                      type="button"
                      className="button"
                      onClick={() => setPending({ kind: 'reset', user })}
                      aria-label={`Reset password of ${user.email}`}
                    >
                      Reset password
                    </button>
                    <button
                      type="button"
                      className="button danger"
                      onClick={() => setPending({ kind: 'remove', user })}
                      aria-label={`Remove ${user.email}`}
                    >
                      Remove
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pending?.kind === 'remove' ? (
        <ConfirmDialog
          title={`Remove ${pending.user.email}?`}
          confirm="Remove user"
          onClose={() => setPending(null)}
          onConfirm={() => {
            remove.mutate(pending.user.id);
            setPending(null);
          }}
        >
          <p>They are signed out at once, and their API tokens stop working.</p>
        </ConfirmDialog>
      ) : null}
      {pending?.kind === 'reset' ? (
        <ConfirmDialog
          title={`Reset the password of ${pending.user.email}?`}
          confirm="Reset password"
          onClose={() => setPending(null)}
          onConfirm={() => {
            password.mutate(pending.user.id);
            setPending(null);
          }}
        >
          <p>A new password is generated and shown once; they are signed out everywhere.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
