import { queryOptions } from '@tanstack/react-query';
import { fetchJson, sendJson } from '@/components/ui/fetch-json';
import type { IssuedToken, TokenRow } from '@/lib/auth/tokens';
import type { AddedUser } from '@/lib/auth/user-admin';
import type { UserRow } from '@/lib/auth/users';
import type { Role } from '@/lib/domain/roles';
import type { NewTokenInput, NewUserInput } from '@/lib/schemas/users';

export type { AddedUser, IssuedToken, TokenRow, UserRow };

export const usersQuery = () =>
  queryOptions({ queryKey: ['users'], queryFn: () => fetchJson<UserRow[]>('/api/users'), staleTime: 10_000 });

export const tokensQuery = () =>
  queryOptions({ queryKey: ['tokens'], queryFn: () => fetchJson<TokenRow[]>('/api/tokens'), staleTime: 10_000 });

export const addUser = (input: NewUserInput) => sendJson<AddedUser>('/api/users', 'POST', input);

export const changeRole = ({ id, role }: { id: string; role: Role }) =>
  fetchJson<UserRow>(`/api/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });

export const removeUser = (id: string) => sendJson<void>(`/api/users/${encodeURIComponent(id)}`, 'DELETE');

export const resetPassword = (id: string) =>
  sendJson<{ user: UserRow; password: string }>(`/api/users/${encodeURIComponent(id)}/password`, 'POST');

export const issueToken = (input: NewTokenInput) => sendJson<IssuedToken>('/api/tokens', 'POST', input);

export const revokeToken = (id: string) => sendJson<void>(`/api/tokens/${encodeURIComponent(id)}`, 'DELETE');

/** A date-time as the admin reads it: "2026-12-03 10:57". */
export function formatWhen(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 16).replace('T', ' ');
}
