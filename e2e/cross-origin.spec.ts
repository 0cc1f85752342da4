// Issue 14: a page on another origin (served here, on another port) cannot make the app do anything, a
// rebound host name cannot read it, and the app's own pages run under their CSP without a single violation.
import { chromium, expect, test, type Page } from '@playwright/test';
import { parseEnvironment } from '../lib/env-schema';
import { closeNeo4j, query } from './support/neo4j';
import { evilPage, serveEvil } from './support/evil-page';
import { seedSampleGraph } from './support/seed';

const env = parseEnvironment(process.env);
const APP = `http://127.0.0.1:${env.E2E_PORT}`;
const EVIL_PORT = 3165;
const EVIL = `http://localhost:${EVIL_PORT}`;
/** A valid batch launch: the app's own request with this body starts a batch (the control below). */
const LAUNCH = {
  selection: 'all',
  complexity: 'C1',
  count: 1,
  seed: 5,
  name: 'cross-origin attack',
  verify: { enabled: false },
};

const EVIL_PAGE = evilPage(APP, JSON.stringify(LAUNCH));

let closeEvil: (() => Promise<void>) | undefined;

async function batches(): Promise<number> {
  const [row] = await query<{ batches: number }>('batch-count');
  return row!.batches;
}

test.beforeAll(async () => {
  seedSampleGraph();
  closeEvil = await serveEvil(EVIL_PORT, EVIL_PAGE);
});

test.afterAll(async () => {
  await closeEvil?.();
  await closeNeo4j();
});

test('a page on another origin cannot launch a batch with a no-cors fetch or a form', async ({ page, request }) => {
  const before = await batches();
  const statuses: Array<{ url: string; status: number }> = [];
  page.on('response', (response) => {
    if (response.url().startsWith(APP)) statuses.push({ url: response.url(), status: response.status() });
  });
  await page.goto(`${EVIL}/`);
  const formAnswered = page.waitForResponse(
    (r) => r.url() === `${APP}/api/batches` && r.request().resourceType() === 'document',
  );
  await page.evaluate(() => (window as unknown as { attack(): Promise<void> }).attack());
  await formAnswered;
  // Every attempt reached the app and was refused there (403: another origin), none ran.
  expect(statuses.map((s) => s.status)).toEqual([403, 403, 403, 403]);
  expect(await batches()).toBe(before);

  // Control: the same body from a script (no Origin, JSON) launches a batch, so the attack would have.
  const launched = await request.post('/api/batches', { data: LAUNCH });
  expect(launched.status()).toBe(201);
  const { id } = (await launched.json()) as { id: string };
  expect(await batches()).toBe(before + 1);
  await expect
    .poll(async () => ((await (await request.get(`/api/batches/${id}`)).json()) as { status: string }).status, {
      timeout: 60_000,
    })
    .toBe('done');
});

test('a rebound host name (DNS rebinding) gets 421 for pages, reads and writes', async () => {
  // The attacker's name resolves to the app's address; the browser then treats the app as that origin.
  const browser = await chromium.launch({
    executablePath: env.CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=MAP rebind.test 127.0.0.1`],
  });
  try {
    const page = await browser.newPage();
    const rebound = `http://rebind.test:${env.E2E_PORT}`;
    const response = await page.goto(`${rebound}/review`);
    expect(response!.status()).toBe(421);
    const before = await batches();
    const answers = await page.evaluate(
      async ({ rebound, body }) => {
        const read = await fetch(`${rebound}/api/stats`);
        const write = await fetch(`${rebound}/api/batches`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        return [read.status, write.status, (await read.text()).includes('documents')];
      },
      { rebound, body: JSON.stringify(LAUNCH) },
    );
    expect(answers).toEqual([421, 421, false]);
    expect(await batches()).toBe(before);
  } finally {
    await browser.close();
  }
});

/** Collects CSP violations and console errors of a page from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|CSP violation/i.test(message.text()))
      problems.push(`${new URL(page.url()).pathname}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${new URL(page.url()).pathname}: ${error.message}`));
  return problems;
}

test('every page runs under its nonce CSP with no violation: Explore draws its graph with its workers', async ({
  page,
}) => {
  const problems = await watchViolations(page);
  for (const url of ['/', '/ingest', '/sampler', '/batches', '/review', '/quality']) {
    const response = await page.goto(url);
    expect(response!.status()).toBe(200);
    const csp = response!.headers()['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    // Hydrated: the client navigation has rendered its links.
    await expect(page.getByRole('navigation').first()).toBeVisible();
  }
  await page.goto(`/explore?${new URLSearchParams({ focus: 'Scenario:retail demand forecasting' })}`);
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-laid-out', 'true', { timeout: 30_000 });
  const drawn = await page.evaluate(
    () =>
      (window as unknown as { scogenExplore: { snapshot(): { nodes: unknown[] } } }).scogenExplore.snapshot().nodes
        .length,
  );
  expect(drawn).toBeGreaterThan(1);
  expect(problems).toEqual([]);
});

test('the app cannot be framed by another origin', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => problems.push(message.text()));
  await page.goto(`${EVIL}/`);
  const framed = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
  await page.evaluate((app) => {
    (document.querySelector('iframe') as HTMLIFrameElement).src = `${app}/review`;
  }, APP);
  await framed;
  expect(problems.some((p) => /frame-ancestors 'none'/.test(p))).toBe(true);
});
