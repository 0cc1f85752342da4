import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { closeNeo4j } from './support/neo4j';
import { seedSampleGraphWithCodebase } from './support/seed';

// Relation questions need no sandbox; chains and utilization tasks run their tests against the codebase there.
const RUN_TIMEOUT = 90_000;

test.beforeAll(seedSampleGraphWithCodebase);
test.afterAll(closeNeo4j);

async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function nameReviewer(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Reviewer name' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('a codebase batch: launch over the demo codebase, see each family, review a task with its code provenance', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.goto('/batches');
  const panel = page.getByRole('region', { name: 'Codebase batch' });
  const form = panel.getByRole('form', { name: 'Launch a codebase batch' });
  const select = form.getByRole('combobox', { name: 'Codebase' });
  await expect(select).toHaveValue(/^larder@/);
  const codebase = await select.inputValue();
  await expect(form.getByText(/\d+ modules, \d+ classes, \d+ functions/)).toBeVisible();

  // Live checks: no task at all, or a chain too long, cannot be launched.
  for (const family of ['Relation questions', 'Compositional tasks', 'Utilization tasks'])
    await form.getByRole('spinbutton', { name: family }).fill('0');
  await expect(form.getByText(/at least one task/)).toBeVisible();
  await expect(form.getByRole('button', { name: /^Launch codebase batch/ })).toBeDisabled();
  await form.getByRole('spinbutton', { name: 'Relation questions' }).fill('2');
  await form.getByRole('spinbutton', { name: 'Compositional tasks' }).fill('1');
  await form.getByRole('spinbutton', { name: 'Utilization tasks' }).fill('1');
  await form.getByRole('spinbutton', { name: 'Chain length' }).fill('5');
  await expect(form.getByText(/Chain length must be at most 4/)).toBeVisible();
  await form.getByRole('spinbutton', { name: 'Chain length' }).fill('2');
  await form.getByRole('textbox', { name: 'Name' }).fill('e2e codebase');
  await form.getByRole('button', { name: 'Launch codebase batch (4 tasks)' }).click();

  await expect(page).toHaveURL(/\/batches\/b-[a-z0-9-]+$/);
  const batchId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name: 'e2e codebase', level: 1 })).toBeVisible();
  await expect(page.locator('.batch-header .status-badge')).toHaveText('done', { timeout: RUN_TIMEOUT });
  // The batch page names each item's family, and its parameters the codebase and the mix.
  const items = page.getByRole('table', { name: 'Items' });
  await expect(items.getByRole('columnheader', { name: 'Family' })).toBeVisible();
  await expect(items.getByRole('cell', { name: 'relation', exact: true })).toHaveCount(2);
  await expect(items.getByRole('cell', { name: 'compositional', exact: true })).toHaveCount(1);
  await expect(items.getByRole('cell', { name: 'utilization', exact: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Parameters' })).toContainText(
    '2 relation · 1 compositional · 1 utilization',
  );
  await snapshot(page, testInfo, 'codebase-batch');

  await page.goto(`/review?batch=${batchId}&status=all&kind=codebase`);
  await nameReviewer(page, 'Ada');
  const card = page.getByRole('article');
  await expect(card.getByLabel('Verification state')).toContainText('passed');
  const provenance = page.getByRole('region', { name: 'Code provenance' });
  await expect(provenance).toContainText(codebase);
  const used = provenance.getByRole('list', { name: 'Code elements used' });
  const links = used.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(1);
  const first = links.first();
  const qualname = (await first.textContent())!;
  expect(qualname).toMatch(/^larder(\.\w+)+$/);
  const href = (await first.getAttribute('href'))!;
  const url = new URL(href, 'http://localhost');
  expect(url.pathname).toBe('/explore');
  expect(url.searchParams.get('graph')).toBe(`codebase:${codebase}`);
  expect(url.searchParams.get('focus')).toMatch(
    new RegExp(`^Code(Class|Function|Module):${codebase.replace('.', '\\.')}:`),
  );
  await snapshot(page, testInfo, 'codebase-task');

  await first.click();
  await expect(page).toHaveURL(/\/explore\?graph=codebase/);
  expect(new URL(page.url()).searchParams.get('focus')).toBe(url.searchParams.get('focus'));
  // Explore opens the code graph on that element, its details naming it.
  await expect(page.getByRole('combobox', { name: 'Graph', exact: true })).toHaveValue(`codebase:${codebase}`);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByTestId('code-qualname')).toHaveText(qualname);
  await snapshot(page, testInfo, 'codebase-explore');
});
