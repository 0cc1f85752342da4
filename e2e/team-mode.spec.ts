import { expect, test } from '@playwright/test';
import { parseEnvironment } from '../lib/env-schema';
import { closeNeo4j, query } from './support/neo4j';
import { evilPage, serveEvil } from './support/evil-page';
import { seedReviewBatches, seedSampleGraph } from './support/seed';
import { addUser, signIn } from './support/users';

// Team mode in Chromium (issue 14): users exist, so everyone signs in; the reviewer reviews under their own
// name and cannot launch a batch (the UI hides it, the API refuses it); the admin can. The users are removed
// at the end, so the specs that follow run in local mode again.

const BATCH = 'e2e-team';
const ADMIN = { email: 'ada@example.com', name: 'Ada Admin', password: 'ada-password-e2e-91' };
const REVIEWER = { email: 'rui@example.com', name: 'Rui Reviewer', password: 'rui-password-e2e-37' };
const VIEWER = { email: 'vic@example.com', name: 'Vic Viewer', password: 'vic-password-e2e-58' };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  seedSampleGraph();
  seedReviewBatches({ [BATCH]: 3 });
  addUser(ADMIN, 'admin');
  addUser(REVIEWER, 'reviewer');
  addUser(VIEWER, 'viewer');
});

test.afterAll(async () => {
  await query('auth-clear');
  await closeNeo4j();
});

test('signed out, every page sends to sign-in; a wrong password is refused inline', async ({ page }) => {
  await page.goto('/review');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Freview$/);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await page.getByLabel('E-mail').fill(REVIEWER.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText(
    'That e-mail address and password do not match an account.',
  );
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a reviewer signs in, cannot launch a batch (hidden in the UI, refused by the API), and signs out', async ({
  page,
}) => {
  await signIn(page, REVIEWER, '/sampler');
  await expect(page).toHaveURL(/\/sampler$/);
  await expect(page.getByTestId('account-badge')).toContainText('reviewer');
  const launch = page.getByRole('region', { name: 'Launch a batch' });
  await expect(launch).toContainText('Launching a batch needs the admin role; you are a reviewer.');
  await expect(page.getByRole('button', { name: 'Launch batch' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);
  // The browser's own session, straight at the API: refused for the role, and nothing is queued.
  const before = await query<{ batches: number }>('batch-count');
  const response = await page.request.post('/api/batches', {
    data: { selection: 'all', complexity: 'C2', count: 2, seed: 7, name: 'reviewer attempt' },
  });
  expect(response.status()).toBe(403);
  expect(((await response.json()) as { error: string }).error).toContain('needs the admin role');
  expect(await query<{ batches: number }>('batch-count')).toEqual(before);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const after = await page.request.get('/api/stats');
  expect(after.status()).toBe(401);
});

test('a viewer reads the review queue without its actions: no buttons, keys that do nothing, the API refuses', async ({
  page,
}) => {
  // The sign-in page brings the viewer back to exactly this queue, query and all.
  await signIn(page, VIEWER, `/review?batch=${BATCH}`);
  await expect(page).toHaveURL(new RegExp(`/review\\?batch=${BATCH}$`));
  await expect(page.getByText(/^1 of 3 ·/)).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Review actions' });
  await expect(toolbar).toContainText('Approving, rejecting or editing needs the reviewer role; you are a viewer.');
  await expect(toolbar.getByRole('button', { name: /Approve|Reject|Edit/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Download JSONL' })).toHaveCount(0);
  const reviewCalls: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/api/problems/')) reviewCalls.push(request.url());
  });
  // a (approve) does nothing for a viewer; j still moves on, so the key handler did run.
  await page.keyboard.press('a');
  await page.keyboard.press('j');
  await expect(page.getByText(/^2 of 3 ·/)).toBeVisible();
  expect(reviewCalls).toEqual([]);
  const bulk = await page.request.post('/api/review/bulk', {
    data: { filter: { batch: BATCH }, action: 'approve', expected: 3 },
    headers: { origin: APP },
  });
  expect(bulk.status()).toBe(403);
  expect(await query<{ status: string; n: number }>('review-status-counts', { batch: BATCH })).toEqual([
    { status: 'pending', n: 3 },
  ]);
});

test('an admin signs in and launches a batch from the Sampler', async ({ page }) => {
  await signIn(page, ADMIN, '/sampler');
  const form = page.getByRole('form', { name: 'Launch batch' });
  await expect(form.getByRole('button', { name: 'Launch batch' })).toBeEnabled();
  await form.getByRole('spinbutton', { name: 'Items' }).fill('2');
  await form.getByRole('textbox', { name: 'Name (optional)' }).fill('e2e admin launch');
  await form.getByRole('button', { name: 'Launch batch' }).click();
  await expect(page.getByRole('heading', { name: 'e2e admin launch', level: 1 })).toBeVisible();
});

test('when the session ends under an open page, its next API call leads to sign-in and back', async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { name: 'Start here' })).toBeVisible();
  // Signed out elsewhere (another tab shares the cookie jar): the overview's own polling meets a 401.
  expect((await page.request.post('/api/auth/sign-out', { data: {}, headers: { origin: APP } })).status()).toBe(200);
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/, { timeout: 20_000 });
  await page.getByLabel('E-mail').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  await expect(page.getByTestId('account-badge')).toContainText(ADMIN.name);
});

// Another port on the app's own host is the same site, so the SameSite=Lax session cookie goes along with
// its requests: only the origin check stands between a signed-in admin's browser and this page.
const APP = `http://127.0.0.1:${parseEnvironment(process.env).E2E_PORT}`;
const EVIL_PORT = 3166;
const LAUNCH = JSON.stringify({ selection: 'all', complexity: 'C1', count: 1, seed: 9, name: 'same-site attack' });

test('signed in as an admin, a page on another port of the same host still cannot launch a batch', async ({ page }) => {
  const closeEvil = await serveEvil(EVIL_PORT, evilPage(APP, LAUNCH, 'include'));
  try {
    await signIn(page, ADMIN);
    const before = await query<{ batches: number }>('batch-count');
    const answers: Array<{ status: number; cookie: boolean }> = [];
    page.on('response', (response) => {
      // Only the attack's POSTs: the app's own page (signed in on the overview) may still be reading /api/….
      if (!response.url().startsWith(`${APP}/api/`) || response.request().method() !== 'POST') return;
      void response
        .request()
        .allHeaders()
        .then((headers) =>
          answers.push({ status: response.status(), cookie: (headers.cookie ?? '').includes('scogen.session_token') }),
        );
    });
    await page.goto(`http://127.0.0.1:${EVIL_PORT}/`);
    const formAnswered = page.waitForResponse(
      (r) => r.url() === `${APP}/api/batches` && r.request().resourceType() === 'document',
    );
    await page.evaluate(() => (window as unknown as { attack(): Promise<void> }).attack());
    await formAnswered;
    await expect.poll(() => answers.length).toBe(4);
    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
    // The session cookie did go along (same site), so it was the origin check that refused.
    expect(answers.some((a) => a.cookie)).toBe(true);
    expect(await query<{ batches: number }>('batch-count')).toEqual(before);
  } finally {
    await closeEvil();
  }
});
