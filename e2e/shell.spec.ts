import { expect, test } from '@playwright/test';
import { seedSampleGraph } from './support/seed';

test.beforeAll(seedSampleGraph);

test('the skip link is the first stop for the keyboard and moves focus to the page content', async ({ page }) => {
  await page.goto('/sampler');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // The next Tab goes into the page, not back through the navigation.
  await page.keyboard.press('Tab');
  const inNav = await page.evaluate(() => Boolean(document.activeElement?.closest('nav[aria-label="Main"]')));
  expect(inNav).toBe(false);
});

test('favicon.ico and the page icon are served', async ({ page, request }) => {
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toContain('image/x-icon');
  const bytes = await ico.body();
  // An ICO file: reserved 0, type 1, and at least one image.
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);

  await page.goto('/');
  const icon = page.locator('head link[rel="icon"][type="image/svg+xml"]');
  await expect(icon).toHaveCount(1);
  const svg = await request.get((await icon.getAttribute('href'))!);
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain('<svg');
});

test('the document dialog renders markdown and gives focus back to what opened it', async ({ page }) => {
  await page.goto(`/explore?${new URLSearchParams({ focus: 'Scenario:retail demand forecasting' })}`);
  const details = page.getByRole('complementary', { name: 'Details' });
  await page.getByText(/Nodes in view/).click();
  await page
    .getByRole('list', { name: 'Nodes in view' })
    .getByRole('button', { name: 'retail demand forecasting', exact: true })
    .click();
  const opener = details.getByRole('list').getByRole('button').first();
  await opener.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const body = dialog.getByTestId('document-body');
  // The sample's Stack Overflow bodies carry fenced Python: rendered as a highlighted block, never as backticks.
  await expect(body.locator('pre.code-block').first()).toBeVisible();
  await expect(body.locator('pre.code-block code.language-python').first()).not.toBeEmpty();
  await expect(body).not.toContainText('```');
  await expect(body.locator('p').first()).not.toBeEmpty();

  await dialog.getByRole('button', { name: 'Close document' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
