import { expect, test, type Page } from '@playwright/test';
import { seedCodebase, seedSampleGraph } from './support/seed';

// The Sampler's codebase mode on the code sampler's own fixture (tests/fixtures/codebase/sampling, package shop),
// added through the CLI like a user would.
test.beforeAll(() => {
  seedSampleGraph();
  seedCodebase('tests/fixtures/codebase/sampling', 'shop');
});

const form = (page: Page) => page.getByRole('form', { name: 'Code sampling parameters' });
const previewTable = (page: Page) => page.getByRole('table', { name: 'Preview samples' });

test('codebase mode: a start by type-ahead, its candidates, a preview that follows complexity, a chain, and a reload that reproduces it', async ({
  page,
}) => {
  test.slow();
  await page.goto('/sampler');
  await page.getByRole('navigation', { name: 'Sampling source' }).getByRole('link', { name: 'Codebase' }).click();
  await expect(page).toHaveURL(/source=codebase/);
  await expect(form(page).locator('select')).toHaveValue('shop@1.0.0');

  await form(page).getByRole('combobox', { name: 'Start class or function' }).fill('load_c');
  await page
    .getByRole('listbox', { name: 'Matching classes and functions' })
    .getByRole('button', { name: 'shop.io.load_cart' })
    .click();
  await expect(form(page).getByText('Start: shop.io.load_cart (function)')).toBeVisible();

  // load_cart's candidates: functions and classes, each with P_T at T = 1.
  const functions = page.getByRole('list', { name: /^Functions: top \d+ of \d+ candidates/ });
  await expect(functions.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('list', { name: /^Classes: top \d+ of \d+ candidates/ })).toContainText('Cart');

  // Default complexity 3: every row holds three APIs.
  await expect(previewTable(page).locator('caption')).toContainText(
    '20 samples from shop.io.load_cart · 3 APIs · T = 1',
  );
  const rows = previewTable(page).locator('tbody tr');
  await expect(rows).toHaveCount(20);
  for (const row of await rows.all()) await expect(row.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('group', { name: 'Coverage' })).toBeVisible();

  await form(page)
    .getByRole('spinbutton', { name: /APIs besides the start/ })
    .fill('2');
  await expect(previewTable(page).locator('caption')).toContainText('· 2 APIs ·');
  for (const row of await rows.all()) await expect(row.getByRole('listitem')).toHaveCount(2);

  // load_cart → checkout → print_receipt, or through Cart's methods: three calls, each result feeding the next.
  const chain = page.getByRole('list', { name: 'Chain of 3 calls' });
  await expect(chain.getByRole('listitem')).toHaveCount(3);
  await expect(chain.getByRole('listitem').first()).toContainText('shop.io.load_cart');
  await expect(chain.getByRole('listitem').first()).toContainText('returns Cart');

  const seed = await form(page).getByRole('spinbutton', { name: 'Seed' }).inputValue();
  const before = await rows.allInnerTexts();
  await expect(page).toHaveURL(new RegExp(`seed=${seed}.*k=2|k=2.*seed=${seed}`));
  await page.reload();
  await expect(previewTable(page).locator('caption')).toContainText(`· 2 APIs · T = 1 · seed ${seed}`);
  expect(await rows.allInnerTexts()).toEqual(before);

  // Launch from here: the batch takes the Sampler's codebase, T, complexity and seed (one relation question:
  // answered by the graph, no sandbox run).
  const launch = page.getByRole('form', { name: 'Launch a codebase batch' });
  await expect(launch.getByRole('note', { name: 'Sampler parameters' })).toContainText('T = 1, 2 APIs');
  await launch.getByRole('spinbutton', { name: 'Relation questions' }).fill('1');
  await launch.getByRole('spinbutton', { name: 'Compositional tasks' }).fill('0');
  await launch.getByRole('spinbutton', { name: 'Utilization tasks' }).fill('0');
  await expect(launch.getByRole('spinbutton', { name: 'Seed' })).toHaveValue(seed);
  await launch.getByRole('button', { name: /Launch/ }).click();
  await expect(page).toHaveURL(/\/batches\/b-/);
  await expect(page.getByRole('region', { name: 'Parameters' })).toContainText('1 · 2 APIs per utilization task');
  await expect(page.getByRole('region', { name: 'Parameters' })).toContainText('shop@1.0.0');
  await page.goBack();
  await expect(page).toHaveURL(/source=codebase/);

  // Back to the scenario graph.
  await page.getByRole('navigation', { name: 'Sampling source' }).getByRole('link', { name: 'Scenario graph' }).click();
  await expect(page.getByRole('form', { name: 'Sampling parameters' })).toBeVisible();
});
