'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Role } from '@/lib/domain/roles';
import { newTokenSchema, type NewTokenInput } from '@/lib/schemas/users';
import { ConfirmDialog } from './confirm-dialog';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from './field-errors';
import { controlProps, FormField, HeaderRow, RoleField, TextField } from './form-field';
import { formatWhen, issueToken, revokeToken, tokensQuery, usersQuery, type TokenRow } from './queries';
import { SecretOnce } from './secret-once';

const FIELDS = ['userId', 'email', 'name', 'role'] as const;

/** Personal API tokens: issue one for a user (shown once), see them all, revoke one (after a confirmation). */
export function TokensPanel() {
  const client = useQueryClient();
  const id = useId();
  const tokens = useQuery(tokensQuery());
  const users = useQuery(usersQuery());
  const [userId, setUserId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: tokensQuery().queryKey });
  const issue = useMutation({
    mutationFn: issueToken,
    onSuccess: (result, input) => {
      setIssued({ name: input.name, token: result.token });
      setName('');
    },
    onError: (error) => setErrors(serverFieldErrors(error, FIELDS)),
    onSettled: refresh,
  });
  const revoke = useMutation({ mutationFn: revokeToken, onSettled: refresh });
  const owners = users.data ?? [];
  const owner = userId || owners[0]?.id || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: NewTokenInput = { userId: owner, name, role };
    const parsed = newTokenSchema.safeParse(input);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    issue.mutate(input);
  };
  const error = tokens.error ?? revoke.error;
  const list = tokens.data ?? [];

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>API tokens</h2>
      <p className="note">
        For scripts and the CLIs: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as its owner with
        the weaker of its role and the owner&apos;s; only its hash is stored.
      </p>
      <form className="users-form" onSubmit={submit} noValidate aria-label="Issue a token">
        <FormField id={`${id}-owner`} label="Owner" error={errors.userId ?? errors.email}>
          <select
            value={owner}
            onChange={(event) => setUserId(event.target.value)}
            {...controlProps(`${id}-owner`, errors.userId ?? errors.email)}
          >
            {owners.map((user) => (
              <option key={user.id} value={user.id}>
                {user.email} ({user.role})
              </option>
            ))}
          </select>
        </FormField>
        <TextField
          id={`${id}-name`}
          label="Token name"
          placeholder="e.g. nightly export"
          error={errors.name}
          value={name}
          onChange={setName}
        />
        <RoleField id={`${id}-role`} label="Token role" error={errors.role} value={role} onChange={setRole} />
        <div className="button-row">
          <button type="submit" className="button" disabled={issue.isPending || owners.length === 0}>
            Issue token
          </button>
        </div>
        {errors.form ? (
          <p role="alert" className="error-message">
            {errors.form}
          </p>
        ) : null}
      </form>
      {issued ? (
        <SecretOnce label={`Token “${issued.name}”`} value={issued.token} onDismiss={() => setIssued(null)} />
      ) : null}
      {error ? (
        <p role="alert" className="error-message">
          {error.message}
        </p>
      ) : null}
      {tokens.data && list.length === 0 ? <p className="note">No API tokens yet.</p> : null}
      {list.length > 0 ? (
        <table className="table users-table" aria-label="API tokens">
          <HeaderRow columns={['Owner', 'Name', 'Role', 'Created', 'Status']} />
          <tbody>
            {list.map((token) => (
              <tr key={token.id}>
                <td>{token.email ?? <span className="note">removed user</span>}</td>
                <td>{token.name}</td>
                <td>{token.role}</td>
                <td className="nowrap">{formatWhen(token.createdAt)}</td>
                <td>{token.revokedAt ? `revoked ${formatWhen(token.revokedAt)}` : 'live'}</td>
                <td>
                  {token.revokedAt ? null : (
                    <button
                      type="button"
                      className="button danger"
                      onClick={() => setRevoking(token)}
                      aria-label={`Revoke token ${token.name} of ${token.email ?? 'a removed user'}`}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {revoking ? (
        <ConfirmDialog
          title={`Revoke the token “${revoking.name}”?`}
          confirm="Revoke token"
          onClose={() => setRevoking(null)}
          onConfirm={() => {
            revoke.mutate(revoking.id);
            setRevoking(null);
          }}
        >
          <p>Scripts using it are refused from their very next request.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
