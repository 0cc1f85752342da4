// Team mode's roles (issue 14). Pure, so both the server's guards and the UI (which hides what a role
// cannot do) read the same ordering.

export const ROLES = ['viewer', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a route or control needs: a role, or nothing at all (health checks, the sign-in endpoints). */
export type Access = Role | 'public';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  viewer: 'Viewer (read-only)',
  reviewer: 'Reviewer (review, edit, export)',
  admin: 'Admin (everything)',
};

/** Shortest password an admin may set (the form, the API and Better Auth's sign-in agree on it). */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `needed` requires: admin ⊃ reviewer ⊃ viewer. */
export function allows(role: Role, needed: Access): boolean {
  return needed === 'public' || ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** The weaker of two roles: an API token never grants more than its owner has. */
export function weakerRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b;
}

/**
 * Who is acting. `local` is the zero-config single-user admin on loopback (no users exist yet); `session`
 * a signed-in user; `token` a script with a personal API token.
 */
export interface Actor {
  id: string;
  name: string;
  email: string | null;
  role: Role;
  via: 'local' | 'session' | 'token';
}

export const LOCAL_ACTOR: Actor = Object.freeze({
  id: 'local',
  name: 'local admin',
  email: null,
  role: 'admin',
  via: 'local',
});
