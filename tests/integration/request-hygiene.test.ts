// Request hygiene (issue 14) against the real app (next start on a build) and the real test Neo4j: every
// mutating route, found on the filesystem, refuses cross-origin requests (403), bodies that are not its own
// media type (415) and foreign Host headers (421), and none of those requests writes anything.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { readQuery } from '@/lib/db/driver';
import { closeDriver } from '@/lib/db/driver';
import { assertTestDatabase, clearGraph } from './helpers';
import { request, startApp, type AppServer } from './app-server';

const PORT = 3160;
let app: AppServer;

interface MutatingRoute {
  method: string;
  /** A concrete path: dynamic segments get a placeholder value. */
  path: string;
  /** The media type the route takes, and an attack body that would do work if it got through. */
  type: string;
  body: string;
}

/** Every POST/PUT/PATCH/DELETE exported by a route.ts under app/api. */
function mutatingRoutes(): MutatingRoute[] {
  const root = path.join(process.cwd(), 'app', 'api');
  const routes: MutatingRoute[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'route.ts') continue;
    const file = path.join(entry.parentPath, entry.name);
    const source = readFileSync(file, 'utf8');
    const urlPath = `/api/${path.relative(root, entry.parentPath).split(path.sep).join('/')}`.replace(
      /\[[^\]]+\]/g,
      '0',
    );
    for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/g)) {
      const method = match[1]!;
      const upload = urlPath === '/api/extraction/runs';
      routes.push({
        method,
        path: upload ? `${urlPath}?name=attack.jsonl` : method === 'DELETE' ? `${urlPath}?name=keep-me` : urlPath,
        type: upload ? 'application/x-ndjson' : 'application/json',
        body: upload
          ? '{"id":"attack-1","title":"Attack document","body":"an attack document that must never be ingested"}\n'
          : urlPath === '/api/presets'
            ? JSON.stringify({ name: 'attack-preset', query: 'type:Scenario' })
            : '{}',
      });
    }
  }
  return routes;
}

const ROUTES = mutatingRoutes();

async function graphFingerprint(): Promise<string> {
  const rows = await readQuery('testing/graph-fingerprint');
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}

before(async () => {
  assertTestDatabase();
  await clearGraph();
  app = await startApp(PORT);
  // A saved preset that a cross-origin DELETE would remove, so the graph is not empty to begin with.
  const saved = await request(
    PORT,
    'PUT',
    '/api/presets',
    { 'content-type': 'application/json' },
    JSON.stringify({ name: 'keep-me', query: 'type:Scenario' }),
  );
  assert.equal(saved.status, 200, saved.body);
});

after(async () => {
  await app?.stop();
  await closeDriver();
});

test('the routes are found on the filesystem, the known mutating ones among them', () => {
  const names = ROUTES.map((r) => `${r.method} ${r.path.split('?')[0]}`);
  for (const known of [
    'POST /api/review/duplicates',
    'POST /api/review/bulk',
    'POST /api/batches',
    'POST /api/batches/0/actions',
    'POST /api/problems/0/review',
    'POST /api/extraction/runs',
    'PUT /api/presets',
    'DELETE /api/presets',
  ])
    assert.ok(names.includes(known), `${known} missing from ${names.join(', ')}`);
});

/** Every attack against one route, with the status each must get. */
function attacks(
  route: MutatingRoute,
  port: number,
): Array<{ name: string; status: number; headers: Record<string, string> }> {
  const self = `http://127.0.0.1:${port}`;
  return [
    {
      name: 'cross-site Origin and Sec-Fetch-Site',
      status: 403,
      headers: { 'content-type': route.type, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
    },
    {
      name: 'Origin of another site only',
      status: 403,
      headers: { 'content-type': route.type, origin: 'http://evil.example' },
    },
    // Another port on the same host is same-site, never same-origin.
    {
      name: 'another port on localhost',
      status: 403,
      headers: { 'content-type': route.type, origin: 'http://127.0.0.1:3161', 'sec-fetch-site': 'same-site' },
    },
    { name: 'Origin null (sandboxed frame)', status: 403, headers: { 'content-type': route.type, origin: 'null' } },
    // What a cross-site form or no-cors fetch sends from a browser without Origin: not verifiable.
    { name: 'text/plain without Origin or Sec-Fetch-Site', status: 403, headers: { 'content-type': 'text/plain' } },
    {
      name: 'form body without Origin or Sec-Fetch-Site',
      status: 403,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
    // The app's own page sending the wrong media type.
    {
      name: 'text/plain from the same origin',
      status: 415,
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: self, 'sec-fetch-site': 'same-origin' },
    },
    { name: 'a body without Content-Type', status: 415, headers: {} },
    {
      name: 'multipart from the same origin',
      status: 415,
      headers: { 'content-type': 'multipart/form-data; boundary=x', origin: self, 'sec-fetch-site': 'same-origin' },
    },
    // DNS rebinding: the page's origin is evil.example, which now resolves to 127.0.0.1.
    {
      name: 'a foreign Host (DNS rebinding)',
      status: 421,
      headers: {
        'content-type': route.type,
        host: `evil.example:${port}`,
        origin: `http://evil.example:${port}`,
        'sec-fetch-site': 'same-origin',
      },
    },
    {
      name: 'a foreign Host without Origin',
      status: 421,
      headers: { 'content-type': route.type, host: 'evil.example' },
    },
  ];
}

test('every mutating route refuses cross-origin (403), wrong media types (415) and foreign hosts (421), writing nothing', async () => {
  assert.ok(ROUTES.length >= 10, `only ${ROUTES.length} mutating routes found`);
  const before = await graphFingerprint();
  assert.match(before, /keep-me/);
  for (const route of ROUTES) {
    for (const attack of attacks(route, PORT)) {
      const response = await request(PORT, route.method, route.path, attack.headers, route.body);
      const label = `${route.method} ${route.path}, ${attack.name}`;
      assert.equal(response.status, attack.status, `${label}: ${response.body}`);
      const json = JSON.parse(response.body) as { error: string; expected?: string[] };
      assert.ok(json.error.length > 0, label);
      if (attack.status === 415)
        assert.deepEqual(
          json.expected,
          [route.type, ...(route.type === 'application/x-ndjson' ? ['application/jsonl'] : [])],
          label,
        );
    }
  }
  assert.equal(await graphFingerprint(), before, 'a refused request changed the graph');
});

test('the same requests from the app itself or a script get through (the guard is what refused them)', async () => {
  const before = await graphFingerprint();
  const statuses: Record<string, number> = {};
  for (const route of ROUTES) {
    const self = {
      'content-type': `${route.type}; charset=utf-8`,
      origin: `http://127.0.0.1:${PORT}`,
      'sec-fetch-site': 'same-origin',
    };
    // The app's own page, then curl or a CLI (neither header), with localhost as Host.
    for (const headers of [self, { 'content-type': route.type, host: `localhost:${PORT}` }]) {
      // No upload goes through: a real one would start an extraction run (an empty one is the route's own 400).
      const body = route.type === 'application/x-ndjson' ? '' : route.body;
      const response = await request(PORT, route.method, route.path, headers, body);
      statuses[`${route.method} ${route.path}`] = response.status;
      assert.ok(
        ![403, 413, 415, 421].includes(response.status),
        `${route.method} ${route.path}: ${response.status} ${response.body}`,
      );
    }
  }
  // The preset the attacks sent is saved by the same request from the app: the attacks would have written.
  assert.equal(statuses['PUT /api/presets'], 200);
  const after = await graphFingerprint();
  assert.notEqual(after, before);
  assert.match(after, /attack-preset/);
  // ...and the DELETE of "keep-me" went through as well: the preset is gone, its deletion on the audit log.
  assert.ok(!(await readQuery('synthesis/presets')).some((preset) => preset.name === 'keep-me'));
  assert.match(after, /deleted preset keep-me/);
});

test('a foreign Host is refused on GETs too (421): pages, API reads and static files', async () => {
  for (const url of ['/', '/review', '/api/stats', '/api/health', '/api/presets']) {
    const refused = await request(PORT, 'GET', url, { host: 'rebound.example' });
    assert.equal(refused.status, 421, `${url}: ${refused.body}`);
    assert.doesNotMatch(refused.body, /keep-me/);
    const served = await request(PORT, 'GET', url, { host: `localhost:${PORT}` });
    assert.equal(served.status, 200, `${url} with Host localhost: ${served.body.slice(0, 300)}`);
  }
  for (const host of [`[::1]:${PORT}`, '127.0.0.1', 'LOCALHOST']) {
    assert.equal((await request(PORT, 'GET', '/api/health', { host })).status, 200, host);
  }
  for (const host of ['127.0.0.1.evil.example', 'localhost.evil.example', 'evil.example:80@localhost']) {
    assert.equal((await request(PORT, 'GET', '/api/health', { host })).status, 421, JSON.stringify(host));
  }
});

test('every response carries the security headers; pages get a fresh script nonce without unsafe-inline', async () => {
  const first = await request(PORT, 'GET', '/review');
  const second = await request(PORT, 'GET', '/review');
  const apiResponse = await request(PORT, 'GET', '/api/stats');
  const refused = await request(
    PORT,
    'POST',
    '/api/review/duplicates',
    { 'content-type': 'text/plain', origin: 'http://evil.example' },
    '{}',
  );
  for (const response of [first, second, apiResponse, refused]) {
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    assert.doesNotMatch(/script-src[^;]*/.exec(csp)![0], /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['referrer-policy'], 'strict-origin-when-cross-origin');
  }
  const nonceOf = (r: typeof first) => /'nonce-([^']+)'/.exec(String(r.headers['content-security-policy']))![1]!;
  assert.notEqual(nonceOf(first), nonceOf(second));
  // Every script of the page carries this response's nonce (the page is rendered per request).
  const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.ok(scripts.length > 0);
  for (const tag of scripts) assert.ok(tag.includes(`nonce="${nonceOf(first)}"`), tag);
});
