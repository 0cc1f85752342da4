import { expect, test, type Page } from '@playwright/test';
import { closeNeo4j, query } from './support/neo4j';
import { seedReviewBatches, seedSampleGraph } from './support/seed';
import { addUser, signIn } from './support/users';

// The audit trail in Chromium (issue 14): in local mode the typed reviewer name stays and the local admin
// reads the audit page; in team mode the reviewer is never asked for a name, the history shows the signed-in
// name, the audit page is for admins only and shows who did it. Users are removed at the end (local mode again).

const LOCAL_BATCH = 'e2e-audit-local';
const TEAM_BATCH = 'e2e-audit-team';
const ADMIN = { email: 'ida@example.com', name: 'Ida Admin', password: 'ida-password-e2e-52' };
const REVIEWER = { email: 'ravi@example.com', name: 'Ravi Reviewer', password: 'ravi-password-e2e-18' };

const logRows = (page: Page) => page.getByRole('region', { name: 'Log' }).getByRole('row');

test.beforeAll(async () => {
  test.setTimeout(120_000);
  seedSampleGraph();
  seedReviewBatches({ [LOCAL_BATCH]: 2, [TEAM_BATCH]: 2 });
});

test.afterAll(async () => {
  await query('auth-clear');
  await closeNeo4j();
});

test('local mode: a review under the typed name shows on the audit page with the local admin and a link', async ({
  page,
}) => {
  await page.goto(`/review?batch=${LOCAL_BATCH}`);
  const dialog = page.getByRole('dialog', { name: 'Reviewer name' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Reviewing as Ada')).toBeVisible();
  await expect(page.getByText(/^1 of 2 ·/)).toBeVisible();
  await page.keyboard.press('a');
  await expect(page.getByText(/^2 of 2 ·/)).toBeVisible();

  await page.goto('/audit?action=review.approve');
  await expect(page.getByRole('heading', { name: 'Audit', level: 1 })).toBeVisible();
  const row = logRows(page)
    .filter({ hasText: `${LOCAL_BATCH}/` })
    .first();
  await expect(row).toContainText('local admin');
  await expect(row).toContainText('review.approve');
  await expect(row).toContainText('pending → approved');
  // Seeded batches predate sign-in: nobody launched them.
  await expect(page.getByRole('region', { name: 'Token spend per user' })).toContainText('unknown (before sign-in)');

  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/review\\?batch=${LOCAL_BATCH}&status=all&focus=`));
  await expect(page.getByRole('region', { name: 'History' }).getByText('Ada', { exact: true })).toBeVisible();
});

test('team mode: no name prompt, the history shows the signed-in name, the audit page is for admins', async ({
  browser,
}) => {
  addUser(ADMIN, 'admin');
  addUser(REVIEWER, 'reviewer');

  const reviewer = await browser.newPage();
  await signIn(reviewer, REVIEWER, '/review');
  await reviewer.goto(`/review?batch=${TEAM_BATCH}`);
  await expect(reviewer.getByText('Reviewing as Ravi Reviewer')).toBeVisible();
  await expect(reviewer.getByRole('dialog', { name: 'Reviewer name' })).toHaveCount(0);
  await expect(reviewer.getByRole('button', { name: 'Set reviewer' })).toHaveCount(0);
  await expect(reviewer.getByText(/^1 of 2 ·/)).toBeVisible();
  await reviewer.keyboard.press('a');
  await expect(reviewer.getByText(/^2 of 2 ·/)).toBeVisible();
  await reviewer.keyboard.press('k');
  await expect(
    reviewer.getByRole('region', { name: 'History' }).getByText(REVIEWER.name, { exact: true }),
  ).toBeVisible();

  await reviewer.goto('/audit');
  await expect(reviewer.getByText(/^Admins only: the audit log/)).toBeVisible();
  expect((await reviewer.request.get('/api/audit')).status()).toBe(403);
  await reviewer.close();

  const admin = await browser.newPage();
  await signIn(admin, ADMIN, '/audit');
  await admin.getByRole('combobox', { name: 'User' }).selectOption({ label: REVIEWER.name });
  await expect(admin).toHaveURL(/actor=/);
  const rows = logRows(admin).filter({ hasText: 'review.approve' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${TEAM_BATCH}/`);
  await expect(rows.first()).toContainText('reviewer');
  await expect(admin.getByRole('region', { name: 'Failed sign-ins' })).toBeVisible();
  await admin.close();
});
