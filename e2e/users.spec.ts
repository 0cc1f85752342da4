import { expect, test } from '@playwright/test';
import { closeNeo4j, query } from './support/neo4j';

// The Users page in local mode adds the first admin, which switches the app to team mode. The specs after this one
// run in local mode, so every user, session and token made here is removed again, whatever happens.

const EMAIL = 'first.admin@example.com';

const storedUsers = () => query<{ id: string; email: string; role: string | null }>('auth-users');

test.beforeAll(async () => {
  expect(await storedUsers(), 'the spec needs local mode: no users').toEqual([]);
});

test.afterAll(async () => {
  await query('auth-clear');
  await closeNeo4j();
});

test('in local mode the first admin is added after a confirmation, the password shows once, then sign-in is needed', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'Users and API tokens' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Add the first admin' });
  await expect(form).toContainText('switches it to team mode');
  // The first user can only be an admin.
  await expect(form.getByLabel('Role')).toBeDisabled();
  await expect(form.getByLabel('Role')).toHaveValue('admin');

  // An invalid e-mail is marked at the field, and nothing is sent.
  await form.getByLabel('E-mail').fill('not-an-address');
  await form.getByRole('button', { name: 'Add admin…' }).click();
  await expect(form.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('is not an e-mail address')).toBeVisible();

  // Cancelling the confirmation adds nobody.
  await form.getByLabel('E-mail').fill(EMAIL);
  await form.getByLabel('Name (optional)').fill('First Admin');
  await form.getByRole('button', { name: 'Add admin…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch to team mode?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await storedUsers()).toEqual([]);

  await form.getByRole('button', { name: 'Add admin…' }).click();
  await page
    .getByRole('dialog', { name: 'Switch to team mode?' })
    .getByRole('button', { name: 'Add admin and switch to team mode' })
    .click();
  await expect(page.getByRole('heading', { name: 'The app is now in team mode' })).toBeVisible();
  const shown = page.getByLabel(`Password for ${EMAIL}`);
  await expect(shown).toHaveValue(/^\S{20,}$/);
  const password = await shown.inputValue();
  await expect(page.getByText('It will not be shown again')).toBeVisible();
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);

  const users = await storedUsers();
  expect(users.map((u) => [u.email, u.role])).toEqual([[EMAIL, 'admin']]);

  // Team mode: the overview now sends to sign-in, and the shown password signs in as the new admin.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.goto('/sign-in?next=%2Fusers');
  await page.getByLabel('E-mail').fill(EMAIL);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/users$/);
  const table = page.getByRole('table', { name: 'Users' });
  await expect(table.getByRole('row').filter({ hasText: EMAIL })).toContainText('First Admin');
  await expect(table.getByLabel(`Role of ${EMAIL}`)).toHaveValue('admin');

  // An API token for the new admin: shown once, then revoked after a confirmation.
  const issue = page.getByRole('form', { name: 'Issue a token' });
  await issue.getByLabel('Token name').fill('e2e script');
  await issue.getByLabel('Token role').selectOption('viewer');
  await issue.getByRole('button', { name: 'Issue token' }).click();
  const token = page.getByLabel('Token “e2e script”');
  await expect(token).toHaveValue(/^scogen_\S+$/);
  const tokens = page.getByRole('table', { name: 'API tokens' });
  const row = tokens.getByRole('row').filter({ hasText: 'e2e script' });
  await expect(row).toContainText('live');
  await row.getByRole('button', { name: /Revoke token e2e script/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
  await expect(row).toContainText('revoked');
  const screenshot = testInfo.outputPath('users.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('users', { path: screenshot, contentType: 'image/png' });
});
