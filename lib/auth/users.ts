import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { readQuery, writeQuery } from '../db/driver';
import { AppError, ConflictError, NotFoundError } from '../domain/errors';
import { isRole, type Role } from '../domain/roles';
import { getAuth, hashPassword, MIN_PASSWORD_LENGTH } from './server';
import './rows';

// User management for admins: the users CLI (scripts/users.ts) and the app's admin routes. Through Better
// Auth's own internal adapter, so users and their credential accounts are shaped exactly as sign-in expects.

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export class UserInputError extends AppError {
  override name = 'UserInputError';
}

const emailSchema = z.email({ error: 'is not an e-mail address' });

function normaliseEmail(email: string): string {
  const parsed = emailSchema.safeParse(email.trim().toLowerCase());
  if (!parsed.success) throw new UserInputError(`"${email}" is not an e-mail address.`);
  return parsed.data;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new UserInputError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (password.length > 256) throw new UserInputError('A password has at most 256 characters.');
}

/** A password to hand out once: 18 random bytes, base64url (24 characters). */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

function toRow(user: { id: string; email: string; name: string; createdAt: Date; role?: unknown }): UserRow {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: isRole(user.role) ? user.role : 'viewer',
    createdAt: new Date(user.createdAt).toISOString(),
  };
}

async function context() {
  return (await getAuth()).$context;
}

export async function addUser(input: { email: string; name?: string; role: Role; password: string }): Promise<UserRow> {
  const email = normaliseEmail(input.email);
  checkPassword(input.password);
  const ctx = await context();
  if (await ctx.internalAdapter.findUserByEmail(email)) throw new ConflictError(`A user ${email} already exists.`);
  const user = await ctx.internalAdapter.createUser(
    { email, name: input.name?.trim() || email.split('@')[0]!, emailVerified: true, role: input.role },
    { method: 'admin' },
  );
  await ctx.internalAdapter.linkAccount({
    providerId: 'credential',
    accountId: user.id,
    userId: user.id,
    password: await hashPassword(input.password),
  });
  return toRow(user);
}

async function userByEmail(email: string) {
  const found = await (await context()).internalAdapter.findUserByEmail(normaliseEmail(email));
  if (!found) throw new NotFoundError(`No user ${email}.`);
  return found.user;
}

export async function listUsers(): Promise<UserRow[]> {
  const users = await (await context()).internalAdapter.listUsers(1000, 0, { field: 'createdAt', direction: 'asc' });
  return users.map(toRow);
}

export async function adminCount(): Promise<number> {
  const [row] = await readQuery('auth/admin-count');
  return row?.admins ?? 0;
}

/** Changes a role; the last admin cannot be demoted. Sessions stay, and the new role counts at once. */
export async function setRole(email: string, role: Role): Promise<UserRow> {
  const user = await userByEmail(email);
  const current = toRow(user).role;
  if (current === 'admin' && role !== 'admin' && (await adminCount()) <= 1)
    throw new ConflictError(`${user.email} is the last admin; make another admin first.`);
  return toRow(await (await context()).internalAdapter.updateUser(user.id, { role }));
}

/** Sets a new password and signs the user out everywhere. */
export async function setPassword(email: string, password: string): Promise<void> {
  checkPassword(password);
  const user = await userByEmail(email);
  const ctx = await context();
  await ctx.internalAdapter.updatePassword(user.id, await hashPassword(password));
  await ctx.internalAdapter.deleteUserSessions(user.id);
}

/**
 * Removes a user, their sessions and accounts (their API tokens die with them). The last admin goes only when
 * they are the last user of all, which puts the app back in local mode.
 */
export async function removeUser(email: string): Promise<void> {
  const user = await userByEmail(email);
  const ctx = await context();
  if (toRow(user).role === 'admin' && (await adminCount()) <= 1 && (await ctx.internalAdapter.countTotalUsers()) > 1)
    throw new ConflictError(`${user.email} is the last admin while other users remain; make another admin first.`);
  await ctx.internalAdapter.deleteUserSessions(user.id);
  await writeQuery('auth/tokens-revoke-user', { userId: user.id });
  await ctx.internalAdapter.deleteAccounts(user.id);
  await ctx.internalAdapter.deleteUser(user.id);
}

export async function userIdOf(email: string): Promise<string> {
  return (await userByEmail(email)).id;
}
