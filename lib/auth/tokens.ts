import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readQuery, writeQuery } from '../db/driver';
import type { RowOf } from '../db/rows';
import { NotFoundError } from '../domain/errors';
import { isRole, weakerRole, type Actor, type Role } from '../domain/roles';
import './rows';

// Personal API tokens for scripts and the CLIs against a remote server (issue 14). Our own rather than
// Better Auth's api-key plugin: that plugin ships apart from the core (@better-auth/api-key, behind the core's
// version) and has no notion of a role capped by its owner's; this is one indexed lookup by hash, uncached,
// so a revoked token fails on its very next request.

export const TOKEN_PREFIX = 'scogen_';

export interface IssuedToken {
  id: string;
  /** Shown once; only its SHA-256 is stored. */
  token: string;
}

/** A token as listed (never its hash): the row of cypher/auth/token-list.cypher. */
export type TokenRow = RowOf<'auth/token-list'>;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer scogen_…` header, or null when there is none. */
export function bearerToken(headers: Headers): string | null {
  const value = headers.get('authorization');
  if (!value) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return match ? match[1]! : '';
}

export async function issueToken(userId: string, name: string, role: Role): Promise<IssuedToken> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  const rows = await writeQuery('auth/token-create', { id, userId, name, role, hash: tokenHash(token) });
  if (rows.length === 0) throw new NotFoundError(`No user with id ${userId}.`);
  return { id, token };
}

/** The actor a token stands for, or null when it is unknown, revoked or malformed. */
export async function actorForToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await readQuery('auth/token-lookup', { hash: tokenHash(token) });
  if (!row || !isRole(row.tokenRole)) return null;
  const owner: Role = isRole(row.userRole) ? row.userRole : 'viewer';
  return {
    id: row.id,
    name: row.name || row.email || row.id,
    email: row.email,
    role: weakerRole(row.tokenRole, owner),
    via: 'token',
  };
}

export async function revokeToken(id: string): Promise<void> {
  const rows = await writeQuery('auth/token-revoke', { id });
  if (rows.length === 0) throw new NotFoundError(`No live API token with id ${id}.`);
}

export async function listTokens(): Promise<TokenRow[]> {
  return readQuery('auth/token-list');
}
