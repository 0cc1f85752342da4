// The admin API for users and API tokens (issue 14) against the real app (next start on a build) and the real
// test Neo4j in team mode: what an admin can do, that weaker roles can do none of it, and what is shown once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { addUser } from '@/lib/auth/users';
import { forgetAuth } from '@/lib/auth/server';
import type { Role } from '@/lib/domain/roles';
import { assertTestDatabase, clearGraph } from './helpers';
import { request, startApp, type AppServer, type RawResponse } from './app-server';

const PORT = 3164;
const SELF = `http://127.0.0.1:${PORT}`;
let app: AppServer;

const PASSWORDS: Record<Role, string> = {
  admin: 'admin-password-Hw52',
  reviewer: 'reviewer-password-Pq17',
  viewer: 'viewer-password-Ld90',
};
const EMAILS: Record<Role, string> = {
  admin: 'amy@example.com',
  reviewer: 'rob@example.com',
  viewer: 'val@example.com',
};
const cookies: Partial<Record<Role, string>> = {};
/** Every password and token the API handed out, to look for in later GET responses. */
const handedOut: string[] = [];

function jsonHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'content-type': 'application/json', origin: SELF, 'sec-fetch-site': 'same-origin', ...extra };
}

function sessionCookie(response: RawResponse): string | null {
  for (const line of response.headers['set-cookie'] ?? []) {
    const match = /^(scogen\.session_token=[^;]+)/.exec(line);
    if (match) return match[1]!;
  }
  return null;
}

function signIn(email: string, password: string): Promise<RawResponse> {
  return request(PORT, 'POST', '/api/auth/sign-in/email', jsonHeaders(), JSON.stringify({ email, password }));
}

async function signedIn(email: string, password: string): Promise<string> {
  const response = await signIn(email, password);
  assert.equal(response.status, 200, `${email}: ${response.body}`);
  const cookie = sessionCookie(response);
  assert.ok(cookie, `no session cookie for ${email}`);
  return cookie;
}

/** A JSON request as the given role's browser would send it. */
function api(role: Role, method: string, path: string, body?: unknown): Promise<RawResponse> {
  return request(
    PORT,
    method,
    path,
    jsonHeaders({ cookie: cookies[role]! }),
    body === undefined ? undefined : JSON.stringify(body),
  );
}

function json<T>(response: RawResponse): T {
  return JSON.parse(response.body) as T;
}

async function storedUsers(): Promise<Map<string, { id: string; role: string }>> {
  const rows = await readQuery('testing/auth-users');
  return new Map(rows.map((row) => [row.email, { id: row.id, role: row.role ?? '' }]));
}

async function graphFingerprint(): Promise<string> {
  return JSON.stringify(await readQuery('testing/graph-fingerprint'), (_key, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
}

before(async () => {
  assertTestDatabase();
  await clearGraph();
  forgetAuth();
  app = await startApp(PORT);
  for (const role of ['admin', 'reviewer', 'viewer'] as const)
    await addUser({ email: EMAILS[role], name: `${role} user`, role, password: PASSWORDS[role] });
  for (const role of ['admin', 'reviewer', 'viewer'] as const)
    cookies[role] = await signedIn(EMAILS[role], PASSWORDS[role]);
});

after(async () => {
  await app?.stop();
  // Back to local mode for the suites that follow.
  await clearGraph();
  await closeDriver();
});

test('an admin adds a user without a password: 201, a generated password shown once, and it signs in', async () => {
  const added = await api('admin', 'POST', '/api/users', { email: ' New.Person@Example.com ', role: 'reviewer' });
  assert.equal(added.status, 201, added.body);
  const body = json<{ user: { id: string; email: string; role: string; name: string }; password?: string }>(added);
  assert.equal(body.user.email, 'new.person@example.com');
  assert.equal(body.user.role, 'reviewer');
  assert.ok(body.password && body.password.length >= 10, 'no generated password');
  handedOut.push(body.password);
  assert.equal((await storedUsers()).get('new.person@example.com')?.role, 'reviewer');
  const cookie = await signedIn('new.person@example.com', body.password);
  const page = await request(PORT, 'GET', '/', { cookie });
  assert.equal(page.status, 200);

  // With a password of the admin's choosing, none comes back.
  const chosen = await api('admin', 'POST', '/api/users', {
    email: 'chosen@example.com',
    name: 'Chosen Password',
    role: 'viewer',
    password: 'a-chosen-password-31',
  });
  assert.equal(chosen.status, 201, chosen.body);
  assert.equal(json<{ password?: string }>(chosen).password, undefined);
  await signedIn('chosen@example.com', 'a-chosen-password-31');
});

test('adding: a duplicate e-mail is 409; a bad e-mail, role or password is 400 naming the field; nothing is written', async () => {
  const before = await graphFingerprint();
  const duplicate = await api('admin', 'POST', '/api/users', { email: EMAILS.viewer.toUpperCase(), role: 'viewer' });
  assert.equal(duplicate.status, 409, duplicate.body);
  assert.match(json<{ error: string }>(duplicate).error, /already exists/);
  for (const [body, field] of [
    [{ email: 'not-an-email', role: 'viewer' }, 'email'],
    [{ role: 'viewer' }, 'email'],
    [{ email: 'someone@example.com', role: 'owner' }, 'role'],
    [{ email: 'someone@example.com', role: 'viewer', password: 'short' }, 'password'],
  ] as const) {
    const response = await api('admin', 'POST', '/api/users', body);
    assert.equal(response.status, 400, response.body);
    assert.equal(json<{ field: string }>(response).field, field, response.body);
  }
  assert.equal(await graphFingerprint(), before);
});

test('an admin lists users with roles and creation times, and changes a role', async () => {
  const listed = await api('admin', 'GET', '/api/users');
  assert.equal(listed.status, 200, listed.body);
  const users = json<Array<{ id: string; email: string; role: string; createdAt: string }>>(listed);
  const stored = await storedUsers();
  assert.deepEqual(users.map((u) => u.email).sort(), [...stored.keys()].sort());
  for (const user of users) {
    assert.equal(user.id, stored.get(user.email)!.id);
    assert.equal(user.role, stored.get(user.email)!.role);
    assert.ok(!Number.isNaN(Date.parse(user.createdAt)), user.createdAt);
  }
  const chosen = stored.get('chosen@example.com')!;
  const changed = await api('admin', 'PATCH', `/api/users/${chosen.id}`, { role: 'reviewer' });
  assert.equal(changed.status, 200, changed.body);
  assert.equal((await storedUsers()).get('chosen@example.com')!.role, 'reviewer');
  const bad = await api('admin', 'PATCH', `/api/users/${chosen.id}`, { role: 'superuser' });
  assert.equal(bad.status, 400, bad.body);
  assert.equal(json<{ field: string }>(bad).field, 'role');
  const unknown = await api('admin', 'PATCH', '/api/users/no-such-user', { role: 'viewer' });
  assert.equal(unknown.status, 404, unknown.body);
});

test('a password reset returns a new password once, signs the old session out, and only the new password works', async () => {
  const id = (await storedUsers()).get('chosen@example.com')!.id;
  const old = await signedIn('chosen@example.com', 'a-chosen-password-31');
  assert.equal((await request(PORT, 'GET', '/api/stats', { cookie: old })).status, 200);
  const reset = await api('admin', 'POST', `/api/users/${id}/password`);
  assert.equal(reset.status, 200, reset.body);
  const { password } = json<{ password: string }>(reset);
  assert.ok(password.length >= 10);
  handedOut.push(password);
  assert.equal((await request(PORT, 'GET', '/api/stats', { cookie: old })).status, 401);
  assert.equal((await signIn('chosen@example.com', 'a-chosen-password-31')).status, 401);
  await signedIn('chosen@example.com', password);
});

test('tokens: issued once (201), work as Bearer, are listed without the secret, and fail at once after revocation', async () => {
  const issued = await api('admin', 'POST', '/api/tokens', {
    email: EMAILS.reviewer,
    name: 'nightly export',
    role: 'reviewer',
  });
  assert.equal(issued.status, 201, issued.body);
  const { id, token } = json<{ id: string; token: string }>(issued);
  handedOut.push(token);
  const bearer = { authorization: `Bearer ${token}` };
  assert.equal((await request(PORT, 'GET', '/api/export?status=all', bearer)).status, 200);
  // The token acts as its owner, a reviewer: no admin routes.
  assert.equal((await request(PORT, 'GET', '/api/users', bearer)).status, 403);

  const byId = await api('admin', 'POST', '/api/tokens', {
    userId: (await storedUsers()).get(EMAILS.viewer)!.id,
    name: 'read only',
    role: 'viewer',
  });
  assert.equal(byId.status, 201, byId.body);
  handedOut.push(json<{ token: string }>(byId).token);

  const listed = await api('admin', 'GET', '/api/tokens');
  assert.equal(listed.status, 200, listed.body);
  const rows = json<Array<{ id: string; name: string; role: string; email: string; revokedAt: string | null }>>(listed);
  const row = rows.find((r) => r.id === id);
  assert.deepEqual(row && { name: row.name, role: row.role, email: row.email, revokedAt: row.revokedAt }, {
    name: 'nightly export',
    role: 'reviewer',
    email: EMAILS.reviewer,
    revokedAt: null,
  });
  assert.equal(rows.find((r) => r.name === 'read only')?.email, EMAILS.viewer);

  const revoked = await api('admin', 'DELETE', `/api/tokens/${id}`);
  assert.equal(revoked.status, 204, revoked.body);
  assert.equal((await request(PORT, 'GET', '/api/export?status=all', bearer)).status, 401);
  const after = json<Array<{ id: string; revokedAt: string | null }>>(await api('admin', 'GET', '/api/tokens'));
  assert.ok(after.find((r) => r.id === id)?.revokedAt, 'not shown as revoked');
  assert.equal((await api('admin', 'DELETE', `/api/tokens/${id}`)).status, 404);
});

test('tokens: a role above the owner’s, no owner, or an unknown owner is refused, naming the field', async () => {
  const over = await api('admin', 'POST', '/api/tokens', { email: EMAILS.viewer, name: 'overreach', role: 'admin' });
  assert.equal(over.status, 400, over.body);
  assert.equal(json<{ field: string }>(over).field, 'role');
  const none = await api('admin', 'POST', '/api/tokens', { name: 'orphan', role: 'viewer' });
  assert.equal(none.status, 400, none.body);
  assert.equal(json<{ field: string }>(none).field, 'email');
  const nameless = await api('admin', 'POST', '/api/tokens', { email: EMAILS.viewer, name: ' ', role: 'viewer' });
  assert.equal(json<{ field: string }>(nameless).field, 'name');
  const unknown = await api('admin', 'POST', '/api/tokens', { email: 'nobody@example.com', name: 'x', role: 'viewer' });
  assert.equal(unknown.status, 404, unknown.body);
  assert.ok(!(await readQuery('testing/auth-tokens')).some((t) => t.role === 'admin'));
});

test('the last admin can be neither demoted nor removed (409 with the reason); with a second admin, both work', async () => {
  const adminId = (await storedUsers()).get(EMAILS.admin)!.id;
  const demote = await api('admin', 'PATCH', `/api/users/${adminId}`, { role: 'viewer' });
  assert.equal(demote.status, 409, demote.body);
  assert.match(json<{ error: string }>(demote).error, /last admin/);
  const remove = await api('admin', 'DELETE', `/api/users/${adminId}`);
  assert.equal(remove.status, 409, remove.body);
  assert.match(json<{ error: string }>(remove).error, /last admin/);
  assert.equal((await storedUsers()).get(EMAILS.admin)!.role, 'admin');

  const second = await api('admin', 'POST', '/api/users', { email: 'second.admin@example.com', role: 'admin' });
  assert.equal(second.status, 201, second.body);
  handedOut.push(json<{ password: string }>(second).password);
  const secondId = json<{ user: { id: string } }>(second).user.id;
  const demoted = await api('admin', 'PATCH', `/api/users/${secondId}`, { role: 'viewer' });
  assert.equal(demoted.status, 200, demoted.body);
  assert.equal((await storedUsers()).get('second.admin@example.com')!.role, 'viewer');
});

test('an admin removes a user: gone from the list, signed out, and the password no longer signs in', async () => {
  const { id } = (await storedUsers()).get('new.person@example.com')!;
  const password = handedOut[0]!;
  const cookie = await signedIn('new.person@example.com', password);
  const removed = await api('admin', 'DELETE', `/api/users/${id}`);
  assert.equal(removed.status, 204, removed.body);
  assert.ok(!(await storedUsers()).has('new.person@example.com'));
  const listed = json<Array<{ email: string }>>(await api('admin', 'GET', '/api/users'));
  assert.ok(!listed.some((u) => u.email === 'new.person@example.com'));
  assert.equal((await request(PORT, 'GET', '/api/stats', { cookie })).status, 401);
  assert.equal((await signIn('new.person@example.com', password)).status, 401);
  assert.equal((await api('admin', 'DELETE', `/api/users/${id}`)).status, 404);
});

test('a reviewer and a viewer get 403 on every user and token route, and nothing is written', async () => {
  const users = await storedUsers();
  const targetId = users.get('chosen@example.com')!.id;
  const [token] = await readQuery('testing/auth-tokens');
  assert.ok(token);
  const routes: Array<[string, string, unknown?]> = [
    ['GET', '/api/users'],
    ['POST', '/api/users', { email: 'sneaky@example.com', role: 'admin' }],
    ['PATCH', `/api/users/${targetId}`, { role: 'admin' }],
    ['DELETE', `/api/users/${targetId}`],
    ['POST', `/api/users/${targetId}/password`],
    ['GET', '/api/tokens'],
    ['POST', '/api/tokens', { email: EMAILS.admin, name: 'sneaky', role: 'admin' }],
    ['DELETE', `/api/tokens/${token.id}`],
  ];
  const before = await graphFingerprint();
  for (const role of ['reviewer', 'viewer'] as const) {
    for (const [method, path, body] of routes) {
      const response = await api(role, method, path, body);
      assert.equal(response.status, 403, `${method} ${path} as ${role}: ${response.body}`);
      assert.match(json<{ error: string }>(response).error, /needs the admin role/);
      assert.doesNotMatch(response.body, /chosen@example\.com|amy@example\.com/);
    }
  }
  assert.equal(await graphFingerprint(), before, 'a refused request changed the graph');
  // The target's session-less state is untouched too: the chosen user still has their role and can sign in.
  assert.equal((await storedUsers()).get('chosen@example.com')!.role, 'reviewer');
});

test('no password, password hash, token or token hash ever appears in a GET response', async () => {
  assert.ok(handedOut.length >= 5, `only ${handedOut.length} secrets handed out`);
  const hashes = [
    ...(await readQuery('testing/auth-accounts')).map((a) => a.password ?? ''),
    ...(await readQuery('testing/auth-tokens')).map((t) => t.hash),
  ].filter(Boolean);
  assert.ok(hashes.length >= 6);
  const responses = [
    await api('admin', 'GET', '/api/users'),
    await api('admin', 'GET', '/api/tokens'),
    await request(PORT, 'GET', '/users', { cookie: cookies.admin! }),
  ];
  for (const response of responses) {
    assert.equal(response.status, 200, response.body.slice(0, 200));
    for (const secret of [...handedOut, ...Object.values(PASSWORDS), ...hashes])
      assert.ok(!response.body.includes(secret), `${secret.slice(0, 8)}… in a GET response`);
    assert.doesNotMatch(response.body, /"(password|hash|token)"\s*:/);
  }
});

test('the page: admins get the users page, others are told it is for admins only', async () => {
  const admin = await request(PORT, 'GET', '/users', { cookie: cookies.admin! });
  assert.equal(admin.status, 200);
  assert.match(admin.body, /Users and API tokens/);
  const viewer = await request(PORT, 'GET', '/users', { cookie: cookies.viewer! });
  assert.equal(viewer.status, 200);
  assert.match(viewer.body, /Admins only/);
  assert.doesNotMatch(viewer.body, /Users and API tokens/);
  const signedOut = await request(PORT, 'GET', '/users');
  assert.equal(signedOut.status, 307);
  assert.equal(signedOut.headers.location, '/sign-in?next=%2Fusers');
});
