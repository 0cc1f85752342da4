import 'server-only';
import { hostName, isLoopbackName } from '../domain/hosts';
import { isRole, LOCAL_ACTOR, type Actor, type Role } from '../domain/roles';
import { getAuth, teamMode } from './server';
import { actorForToken, bearerToken } from './tokens';

/** Better Auth's session cookie: `scogen.session_token`, `__Secure-` prefixed when cookies are Secure. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?scogen\.session_token=/;

function hasSessionCookie(headers: Headers): boolean {
  return SESSION_COOKIE.test(headers.get('cookie') ?? '');
}

/** What the app knows of who is asking, and whether anyone has to sign in at all. */
export interface Identity {
  actor: Actor | null;
  mode: 'local' | 'team';
}

/**
 * Who a request comes from:
 * - a `Bearer` API token (scripts, CLIs): its owner, with the weaker of the token's and the owner's role;
 *   an unknown or revoked token is nobody, whatever cookies come with it;
 * - a Better Auth session cookie: the signed-in user;
 * - otherwise, while no user exists (local mode), the single-user local admin, and only on a loopback
 *   host name: local mode is for `npm start` on this machine.
 */
export async function identify(request: { headers: Headers; url?: string }): Promise<Identity> {
  const bearer = bearerToken(request.headers);
  if (bearer !== null) return { actor: await actorForToken(bearer), mode: (await teamMode()) ? 'team' : 'local' };
  // No session cookie, no session: Better Auth (and its secret) is only consulted when there is one.
  const session = hasSessionCookie(request.headers)
    ? await (await getAuth()).api.getSession({ headers: request.headers })
    : null;
  if (session) {
    const { user } = session;
    const stored = (user as { role?: unknown }).role;
    const role: Role = isRole(stored) ? stored : 'viewer';
    return {
      actor: { id: user.id, name: user.name || user.email, email: user.email, role, via: 'session' },
      mode: 'team',
    };
  }
  if (await teamMode()) return { actor: null, mode: 'team' };
  const host = request.headers.get('host') ?? (request.url ? new URL(request.url).host : null);
  return { actor: isLoopbackName(hostName(host)) ? LOCAL_ACTOR : null, mode: 'local' };
}
