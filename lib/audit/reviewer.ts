import { z, ZodError } from 'zod';
import type { Actor } from '../domain/roles';
import type { Reviewer } from '../review/types';

// Who a review change is recorded under. In team mode the reviewer is the signed-in user (or the API
// token's owner), whatever a request body says; in local mode, the single-user local admin types a name.

/** The reviewer of `actor`'s change: the actor itself in team mode, the typed name in local mode. */
export function reviewerOf(actor: Actor, typed: string | undefined, field = 'reviewer'): Reviewer {
  if (actor.via !== 'local') return { name: actor.name, id: actor.id };
  if (typed === undefined)
    throw new ZodError([{ code: 'custom', path: [field], message: 'must not be empty', input: undefined }]);
  return { name: typed, id: actor.id };
}

/**
 * A body schema that, for anyone but the local admin, drops the typed name (`field`) before validating,
 * so a team-mode client neither needs to send one nor can pass one off as someone else.
 */
export function typedNameIgnored<S extends z.ZodType>(actor: Actor, schema: S, field = 'reviewer') {
  return z.preprocess((body) => {
    if (actor.via === 'local' || body === null || typeof body !== 'object' || Array.isArray(body)) return body;
    const { [field]: _ignored, ...rest } = body as Record<string, unknown>;
    return rest;
  }, schema);
}
