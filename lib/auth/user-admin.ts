import 'server-only';
import type { z } from 'zod';
import { allows, type Actor } from '../domain/roles';
import { invalidField, type newTokenSchema, type newUserSchema } from '../schemas/users';
import { issueToken, type IssuedToken } from './tokens';
import { addUser, generatePassword, getUser, userIdOf, type UserRow } from './users';

// The admin page's rules on top of lib/auth/users.ts and tokens.ts: what the API adds to what the CLI does.

export interface AddedUser {
  user: UserRow;
  /** The generated password, when none was given: shown once, never stored in clear. */
  password?: string;
}

/**
 * Adds a user for the admin page. The first user, added from local mode, switches the app to team mode and
 * removes the local admin: the caller must confirm it, and that user must be an admin, or nobody could
 * administer the app afterwards.
 */
export async function addUserAs(actor: Actor, input: z.output<typeof newUserSchema>): Promise<AddedUser> {
  if (actor.via === 'local') {
    if (input.role !== 'admin')
      throw invalidField('role', 'must be admin for the first user, or nobody could administer the app');
    if (input.confirmTeamMode !== true)
      throw invalidField(
        'confirmTeamMode',
        'must be true: the first user switches the app to team mode, where everyone signs in',
      );
  }
  const password = input.password ?? generatePassword();
  const user = await addUser({
    email: input.email,
    role: input.role,
    password,
    ...(input.name ? { name: input.name } : {}),
  });
  return input.password === undefined ? { user, password } : { user };
}

/** Issues a token for the owner named by e-mail or id; its role may not exceed the owner's. */
export async function issueTokenFor(input: z.output<typeof newTokenSchema>): Promise<IssuedToken> {
  const owner = await getUser(input.userId ?? (await userIdOf(input.email!)));
  if (!allows(owner.role, input.role))
    throw invalidField('role', `must not exceed the owner's role: ${owner.email} is a ${owner.role}`);
  return issueToken(owner.id, input.name, input.role);
}
