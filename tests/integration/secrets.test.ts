// No server secret leaks (issue 14): a build made with known secret values has none of them in its client
// bundles or prerendered output; no API response (reads, errors, refusals, a database that is down) echoes
// them; and the verify sandbox never receives them, in either mode.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { forgetServerEnv } from '@/lib/env';
import { SECRET_VARIABLES } from '@/lib/env-schema';
import { closeSandbox, openSandbox, sandboxStatus } from '@/lib/sandbox';
import { assertTestDatabase } from './helpers';
import { DIST_DIR, KNOWN_SECRETS, ensureSecretBuild, request, startApp, type AppServer } from './app-server';
import { py } from './sandbox-support';

const SECRETS = Object.values(KNOWN_SECRETS);
let app: AppServer;
let downApp: AppServer;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function assertNoSecret(text: string, where: string): void {
  for (const secret of SECRETS) assert.ok(!text.includes(secret), `${where} contains a secret`);
}

/** Every GET exported by a route.ts under app/api, dynamic segments filled with a placeholder. */
function getRoutes(): string[] {
  const root = path.join(process.cwd(), 'app', 'api');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'route.ts')
    .filter((entry) =>
      /export\s+(?:const|async\s+function|function)\s+GET\b/.test(
        readFileSync(path.join(entry.parentPath, entry.name), 'utf8'),
      ),
    )
    .map((entry) =>
      `/api/${path.relative(root, entry.parentPath).split(path.sep).join('/')}`.replace(/\[[^\]]+\]/g, '0'),
    )
    .sort();
}

before(async () => {
  assertTestDatabase();
  ensureSecretBuild();
  app = await startApp(3162);
  // The same build against a Neo4j that is not there: every database read is an error response.
  downApp = await startApp(3163, { NEO4J_URI: 'bolt://127.0.0.1:3164' }, true);
});

after(async () => {
  await Promise.all([app?.stop(), downApp?.stop()]);
  await closeSandbox();
});

test('the known secrets are every secret variable of the schema', () => {
  assert.deepEqual(Object.keys(KNOWN_SECRETS).sort(), [...SECRET_VARIABLES].sort());
});

test('no secret in the client bundles or the prerendered output of a build made with them', () => {
  const staticFiles = filesUnder(path.join(DIST_DIR, 'static'));
  assert.ok(
    staticFiles.some((file) => file.endsWith('.js')),
    'the build has client scripts',
  );
  const served = filesUnder(path.join(DIST_DIR, 'server', 'app')).filter((f) => /\.(html|rsc|body|meta|json)$/.test(f));
  for (const file of [...staticFiles, ...served]) assertNoSecret(readFileSync(file, 'latin1'), file);
});

test('no API response echoes a secret: every GET route, bad input, refusals, and a database that is down', async () => {
  const routes = getRoutes();
  for (const known of ['/api/health', '/api/llm/status', '/api/stats', '/api/presets', '/api/sandbox'])
    assert.ok(routes.includes(known), `${known} missing from ${routes.join(', ')}`);
  const paths = [
    ...routes,
    ...routes.map((route) => `${route}?limit=not-a-number&id=%00&key=${'x'.repeat(300)}`),
    '/api/no-such-route',
    '/',
    '/review',
    '/explore',
  ];
  let errors = 0;
  for (const server of [app, downApp]) {
    // With the database down a read waits out the driver's retries (30 s); the health check answers at once.
    for (const url of server === app ? paths : ['/api/health']) {
      const started = Date.now();
      const response = await request(server.port, 'GET', url);
      if (Date.now() - started > 2_000) console.error(`slow: GET ${url} took ${Date.now() - started} ms`);
      if (response.status >= 400) errors++;
      assertNoSecret(response.body + JSON.stringify(response.headers), `GET ${url} on port ${server.port}`);
    }
    if (server === downApp) continue;
    // Bodies that fail to parse, and refused requests.
    for (const [method, url] of [
      ['POST', '/api/batches'],
      ['POST', '/api/review/bulk'],
      ['PUT', '/api/presets'],
      ['POST', '/api/sampler/preview'],
    ] as const) {
      for (const [headers, body] of [
        [{ 'content-type': 'application/json' }, '{"broken'],
        [{ 'content-type': 'application/json' }, JSON.stringify({ name: KNOWN_SECRETS.LLM_API_KEY.slice(0, 5) })],
        [{ 'content-type': 'text/plain', origin: 'http://evil.example' }, '{}'],
      ] as const) {
        const response = await request(server.port, method, url, headers, body);
        assert.ok(response.status >= 400, `${method} ${url}: ${response.status}`);
        errors++;
        assertNoSecret(response.body + JSON.stringify(response.headers), `${method} ${url} on port ${server.port}`);
      }
    }
  }
  // The database that is down really answered with errors (500s naming no secret), so the errors were checked.
  const health = await request(downApp.port, 'GET', '/api/health');
  assert.equal(health.status, 503, `GET /api/health with the database down: ${health.body}`);
  assert.ok(errors > 20, `only ${errors} error responses checked`);
});

for (const mode of ['bwrap', 'unsandboxed'] as const) {
  test(`the sandbox (${mode}) gets none of the app's secrets in its environment`, async () => {
    Object.assign(process.env, KNOWN_SECRETS, { SANDBOX_MODE: mode });
    forgetServerEnv();
    await closeSandbox();
    const status = sandboxStatus();
    assert.equal(status.available, true, `${status.problem} ${status.fix}`);
    const outcome = await openSandbox().run({
      solution: py`
        import os
        def environment():
            seen = repr(dict(os.environ))
            try:
                seen += open("/proc/self/environ", "rb").read().decode()
            except OSError as error:
                seen += type(error).__name__
            return seen
      `,
      tests: py`
        import solution
        def test_print():
            print(solution.environment())
      `,
      limits: { wallS: 8 },
    });
    assert.equal(outcome.status, 'passed', JSON.stringify({ ...outcome, output: outcome.output.slice(-2000) }));
    assert.equal(outcome.unsandboxed, mode === 'unsandboxed');
    assert.match(outcome.output, /PATH/, 'the attempt printed its environment');
    assertNoSecret(outcome.output, `the ${mode} attempt's environment`);
    for (const name of SECRET_VARIABLES) assert.ok(!outcome.output.includes(name), `${name} reached the attempt`);
    await closeSandbox();
  });
}
