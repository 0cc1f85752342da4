// Team mode (issue 14) against the real app (next start on a build) and the real test Neo4j: sign-in, roles on
// every mutating route, API tokens, session fixation, the sign-in throttle, and passwords never kept in clear.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { closeDriver, readQuery } from '@/lib/db/driver';
import { addUser } from '@/lib/auth/users';
import { issueToken, revokeToken } from '@/lib/auth/tokens';
import { forgetAuth } from '@/lib/auth/server';
import type { Role } from '@/lib/domain/roles';
import { assertTestDatabase, clearGraph } from './helpers';
import { KNOWN_SECRETS, request, startApp, type AppServer, type RawResponse } from './app-server';

const PORT = 3163;
const SELF = `http://127.0.0.1:${PORT}`;
let app: AppServer;

const PASSWORDS: Record<Role, string> = {
  admin: 'admin-password-Zq81',
  reviewer: 'reviewer-password-Kc42',
  viewer: 'viewer-password-Mn73',
};
const EMAILS: Record<Role, string> = {
  admin: 'ada@example.com',
  reviewer: 'rui@example.com',
  viewer: 'vic@example.com',
};
const cookies: Partial<Record<Role, string>> = {};

/**
 * The role each mutating route needs, as the issue assigns them: admin runs ingest, batches and presets;
 * a reviewer reviews, edits and exports; read-only computations (previews, sweeps, prompt dry runs) are for
 * anyone signed in. A route missing here fails the first test, so a new one has to be classified.
 */
const NEEDS: Record<string, Role> = {
  'POST /api/batches': 'admin',
  'POST /api/batches/0/actions': 'admin',
  'POST /api/extraction/runs': 'admin',
  'POST /api/extraction/runs/0/cancel': 'admin',
  'POST /api/functions/scan': 'admin',
  'PUT /api/presets': 'admin',
  'DELETE /api/presets': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/0': 'admin',
  'DELETE /api/users/0': 'admin',
  'POST /api/users/0/password': 'admin',
  'POST /api/tokens': 'admin',
  'DELETE /api/tokens/0': 'admin',
  'POST /api/problems/0/review': 'reviewer',
  'POST /api/problems/0/verify': 'reviewer',
  'POST /api/problems/0/examples': 'reviewer',
  'POST /api/review/bulk': 'reviewer',
  'POST /api/review/duplicates': 'reviewer',
  'POST /api/batches/prompts': 'viewer',
  'POST /api/sampler/preview': 'viewer',
  'POST /api/sampler/sweep': 'viewer',
};

function mutatingRoutes(): string[] {
  const root = path.join(process.cwd(), 'app', 'api');
  const found: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'route.ts') continue;
    const dir = path.relative(root, entry.parentPath).split(path.sep).join('/');
    if (dir.startsWith('auth/')) continue; // Better Auth's own endpoints: sign-in must work signed out
    const source = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    const urlPath = `/api/${dir}`.replace(/\[[^\]]+\]/g, '0');
    for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/g))
      found.push(`${match[1]} ${urlPath}`);
  }
  return found.sort();
}

function jsonHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { 'content-type': 'application/json', origin: SELF, 'sec-fetch-site': 'same-origin', ...extra };
}

function sessionCookie(response: RawResponse): string | null {
  const setCookie = response.headers['set-cookie'] ?? [];
  for (const line of setCookie) {
    const match = /^(scogen\.session_token=[^;]+)/.exec(line);
    if (match) return match[1]!;
  }
  return null;
}

async function signIn(email: string, password: string, extra: Record<string, string> = {}): Promise<RawResponse> {
  return request(PORT, 'POST', '/api/auth/sign-in/email', jsonHeaders(extra), JSON.stringify({ email, password }));
}

async function graphFingerprint(): Promise<string> {
  return JSON.stringify(await readQuery('testing/graph-fingerprint'));
}

function bodyFor(route: string): string {
  if (route === 'PUT /api/presets') return JSON.stringify({ name: 'attack-preset', query: 'type:Scenario' });
  return '{}';
}

function pathFor(route: string): { method: string; path: string; type: string } {
  const [method, urlPath] = route.split(' ') as [string, string];
  if (urlPath === '/api/extraction/runs')
    return { method, path: `${urlPath}?name=attack.jsonl`, type: 'application/x-ndjson' };
  if (method === 'DELETE') return { method, path: `${urlPath}?name=keep-me`, type: 'application/json' };
  return { method, path: urlPath, type: 'application/json' };
}

async function send(route: string, headers: Record<string, string>): Promise<RawResponse> {
  const target = pathFor(route);
  const body =
    target.type === 'application/x-ndjson'
      ? '{"id":"attack-1","title":"Attack document","body":"an attack document that must never be ingested"}\n'
      : bodyFor(route);
  return request(PORT, target.method, target.path, { ...jsonHeaders(headers), 'content-type': target.type }, body);
}

before(async () => {
  assertTestDatabase();
  await clearGraph();
  forgetAuth();
  // studio.lan is an allowed name that is not loopback: local mode must not answer it.
  app = await startApp(PORT, { ALLOWED_HOSTS: 'localhost,127.0.0.1,studio.lan' });
});

after(async () => {
  await app?.stop();
  // Back to local mode for the suites that follow.
  await clearGraph();
  await closeDriver();
});

test('local mode first: with no users, a loopback request is the local admin and a foreign-name one is not', async () => {
  const local = await request(
    PORT,
    'PUT',
    '/api/presets',
    jsonHeaders(),
    JSON.stringify({ name: 'keep-me', query: 'type:Scenario' }),
  );
  assert.equal(local.status, 200, local.body);
  const page = await request(PORT, 'GET', '/');
  assert.equal(page.status, 200);
  assert.match(page.body, /Local mode · single-user admin/);
  const lan = await request(PORT, 'GET', '/api/stats', { host: `studio.lan:${PORT}` });
  assert.equal(lan.status, 401, lan.body);
  assert.match((JSON.parse(lan.body) as { error: string }).error, /loopback/);
});

test('adding users switches to team mode: signed-out API calls get 401, pages send to sign-in', async () => {
  for (const role of ['admin', 'reviewer', 'viewer'] as const)
    await addUser({ email: EMAILS[role], name: `${role} person`, role, password: PASSWORDS[role] });
  const api = await request(PORT, 'GET', '/api/stats');
  assert.equal(api.status, 401, api.body);
  assert.match((JSON.parse(api.body) as { error: string }).error, /Sign in/);
  const page = await request(PORT, 'GET', '/review');
  assert.equal(page.status, 307);
  assert.equal(page.headers.location, '/sign-in?next=%2Freview');
  const signInPage = await request(PORT, 'GET', '/sign-in');
  assert.equal(signInPage.status, 200);
  assert.match(signInPage.body, /Sign in/);
});

test('each role signs in; the cookie is httpOnly, SameSite=Lax, not Secure over plain http, and names the user', async () => {
  for (const role of ['admin', 'reviewer', 'viewer'] as const) {
    const response = await signIn(EMAILS[role], PASSWORDS[role]);
    assert.equal(response.status, 200, response.body);
    const line = (response.headers['set-cookie'] ?? []).find((c) => c.startsWith('scogen.session_token='));
    assert.ok(line, 'no session cookie');
    assert.match(line, /HttpOnly/i);
    assert.match(line, /SameSite=Lax/i);
    assert.doesNotMatch(line, /;\s*Secure/i);
    cookies[role] = sessionCookie(response)!;
    const page = await request(PORT, 'GET', '/', { cookie: cookies[role]! });
    assert.equal(page.status, 200);
    assert.match(page.body, new RegExp(`${role} person`));
  }
});

test('every mutating route is classified, and refuses the signed-out (401) and weaker roles (403), writing nothing', async () => {
  const routes = mutatingRoutes();
  assert.deepEqual(
    routes,
    Object.keys(NEEDS).sort(),
    'a mutating route is missing from NEEDS, or NEEDS names a gone one',
  );
  const before = await graphFingerprint();
  assert.match(before, /keep-me/);
  let refusals = 0;
  for (const route of routes) {
    const signedOut = await send(route, {});
    assert.equal(signedOut.status, 401, `${route} signed out: ${signedOut.body}`);
    refusals += 1;
    const weaker: Role[] =
      NEEDS[route] === 'admin' ? ['viewer', 'reviewer'] : NEEDS[route] === 'reviewer' ? ['viewer'] : [];
    for (const role of weaker) {
      const response = await send(route, { cookie: cookies[role]! });
      assert.equal(response.status, 403, `${route} as ${role}: ${response.body}`);
      assert.match(
        (JSON.parse(response.body) as { error: string }).error,
        new RegExp(`needs the ${NEEDS[route]} role`),
      );
      refusals += 1;
    }
    // A forged session cookie is nobody.
    const forged = await send(route, { cookie: 'scogen.session_token=forged.value' });
    assert.equal(forged.status, 401, `${route} with a forged cookie: ${forged.body}`);
  }
  assert.ok(refusals >= 25, `only ${refusals} refusals checked`);
  assert.equal(await graphFingerprint(), before, 'a refused request changed the graph');
});

test('the right role gets through the same routes (the role check is what refused them)', async () => {
  for (const route of ['POST /api/review/duplicates', 'PUT /api/presets', 'POST /api/sampler/preview']) {
    const role = NEEDS[route]!;
    const response = await send(route, { cookie: cookies[role]! });
    assert.ok(![401, 403].includes(response.status), `${route} as ${role}: ${response.status} ${response.body}`);
  }
  const adminOnReviewerRoute = await send('POST /api/review/duplicates', { cookie: cookies.admin! });
  assert.ok(![401, 403].includes(adminOnReviewerRoute.status), adminOnReviewerRoute.body);
});

test('session fixation: signing in with a planted session cookie yields a fresh session, not the planted one', async () => {
  const planted = cookies.viewer!;
  const response = await signIn(EMAILS.reviewer, PASSWORDS.reviewer, { cookie: planted });
  assert.equal(response.status, 200, response.body);
  const fresh = sessionCookie(response);
  assert.ok(fresh);
  assert.notEqual(fresh, planted);
  const asFresh = await request(PORT, 'GET', '/', { cookie: fresh });
  assert.match(asFresh.body, /reviewer person/);
  // The planted cookie still belongs to its own user, never to the one who signed in over it.
  const asPlanted = await request(PORT, 'GET', '/', { cookie: planted });
  assert.match(asPlanted.body, /viewer person/);
  assert.doesNotMatch(asPlanted.body, /reviewer person/);
});

test('sign-out ends the session at once', async () => {
  const response = await signIn(EMAILS.viewer, PASSWORDS.viewer);
  const cookie = sessionCookie(response)!;
  assert.equal((await request(PORT, 'GET', '/api/stats', { cookie })).status, 200);
  const out = await request(PORT, 'POST', '/api/auth/sign-out', jsonHeaders({ cookie }), '{}');
  assert.equal(out.status, 200, out.body);
  assert.equal((await request(PORT, 'GET', '/api/stats', { cookie })).status, 401);
});

test("API tokens carry the weaker of their role and the owner's, and stop working the moment they are revoked", async () => {
  const users = await readQuery('testing/auth-users');
  const reviewerId = users.find((u) => u.email === EMAILS.reviewer)!.id;
  // A reviewer cannot mint admin powers: the token says admin, the owner is a reviewer.
  const overreach = await issueToken(reviewerId, 'overreach', 'admin');
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const launch = await request(
    PORT,
    'POST',
    '/api/batches',
    { 'content-type': 'application/json', ...bearer(overreach.token) },
    '{}',
  );
  assert.equal(launch.status, 403, launch.body);
  const exportOk = await request(PORT, 'GET', '/api/export?status=all', bearer(overreach.token));
  assert.equal(exportOk.status, 200, exportOk.body.slice(0, 200));
  const viewerToken = await issueToken(reviewerId, 'read-only', 'viewer');
  assert.equal((await request(PORT, 'GET', '/api/export?status=all', bearer(viewerToken.token))).status, 403);
  assert.equal((await request(PORT, 'GET', '/api/stats', bearer(viewerToken.token))).status, 200);
  await revokeToken(viewerToken.id);
  assert.equal((await request(PORT, 'GET', '/api/stats', bearer(viewerToken.token))).status, 401);
  // An unknown or malformed token is nobody, even next to a valid session cookie.
  const mixed = await request(PORT, 'GET', '/api/stats', {
    ...bearer('scogen_not-a-real-token'),
    cookie: cookies.admin!,
  });
  assert.equal(mixed.status, 401);
  const stored = await readQuery('testing/auth-tokens');
  assert.ok(stored.length >= 2);
  for (const row of stored) {
    assert.match(row.hash, /^[0-9a-f]{64}$/);
    assert.notEqual(row.hash, overreach.token);
  }
});

test('sign-in is throttled per account after 5 failures, even with the right password then; others are unaffected', async () => {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const response = await signIn(EMAILS.viewer, `wrong-password-${attempt}`);
    assert.equal(response.status, 401, `attempt ${attempt}: ${response.body}`);
  }
  const throttled = await signIn(EMAILS.viewer, PASSWORDS.viewer);
  assert.equal(throttled.status, 429, throttled.body);
  assert.ok(Number(throttled.headers['retry-after']) > 0);
  assert.equal(sessionCookie(throttled), null);
  const other = await signIn(EMAILS.admin, PASSWORDS.admin);
  assert.equal(other.status, 200, other.body);
  const failures = await readQuery('testing/auth-sign-in-failures');
  assert.equal(failures.filter((f) => f.email === EMAILS.viewer).length, 6);
  const logged = app
    .logs()
    .split('\n')
    .filter((line) => line.includes('[auth] failed sign-in'));
  assert.equal(logged.filter((line) => line.includes(EMAILS.viewer)).length, 6, logged.join('\n'));
});

test('no password is stored in clear in the database or written to the log; the stored hashes are argon2id', async () => {
  const everything = JSON.stringify(await readQuery('testing/graph-fingerprint'));
  for (const password of [...Object.values(PASSWORDS), 'wrong-password-1'])
    assert.ok(!everything.includes(password), password);
  const accounts = await readQuery('testing/auth-accounts');
  assert.equal(accounts.length, 3);
  for (const account of accounts) assert.match(account.password ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
});

test('signed-in pages, the session endpoint and refusals carry no server secret and no password hash', async () => {
  const hashes = (await readQuery('testing/auth-accounts')).map((a) => a.password ?? '').filter(Boolean);
  const responses = [
    await request(PORT, 'GET', '/api/auth/get-session', { cookie: cookies.admin! }),
    await request(PORT, 'GET', '/', { cookie: cookies.admin! }),
    await request(PORT, 'GET', '/review', { cookie: cookies.reviewer! }),
    await send('POST /api/batches', { cookie: cookies.viewer! }),
    await signIn(EMAILS.admin, 'not-the-password'),
  ];
  assert.match(responses[0]!.body, /ada@example\.com/);
  for (const response of responses) {
    const text = response.body + JSON.stringify(response.headers);
    for (const secret of [...Object.values(KNOWN_SECRETS), ...hashes])
      assert.ok(!text.includes(secret), secret.slice(0, 12));
  }
});

test('with an https AUTH_URL the session cookie is Secure (and __Secure- prefixed)', async () => {
  const port = 3167;
  const secure = await startApp(port, { AUTH_URL: `https://127.0.0.1:${port}` });
  try {
    const origin = `https://127.0.0.1:${port}`;
    const response = await request(
      port,
      'POST',
      '/api/auth/sign-in/email',
      { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
      JSON.stringify({ email: EMAILS.admin, password: PASSWORDS.admin }),
    );
    assert.equal(response.status, 200, response.body);
    const line = (response.headers['set-cookie'] ?? []).find((c) => c.includes('scogen.session_token='));
    assert.ok(line, JSON.stringify(response.headers['set-cookie']));
    assert.match(line, /^__Secure-scogen\.session_token=/);
    assert.match(line, /;\s*Secure/i);
    assert.match(line, /HttpOnly/i);
  } finally {
    await secure.stop();
  }
});
