import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseEnvironment } from '../lib/env-schema';
import { seedReviewBatches, seedSampleGraph, type SeededReview } from './support/seed';

const env = parseEnvironment(process.env);
// The stub playwright.config.ts starts; its faults and latency are switched with POST /stub/config.
const STUB = `http://127.0.0.1:${env.E2E_STUB_PORT ?? env.E2E_PORT + 919}`;
const RUN_TIMEOUT = 60_000;
// Fixture batches (scripts/seed-review.ts): ids the batch pages accept (b-…).
const EXPORTED = 'b-e2e-items-export';
const OTHER = 'b-e2e-items-other';

let seeded: SeededReview = {};

test.beforeAll(() => {
  seedSampleGraph();
  seeded = seedReviewBatches({ [EXPORTED]: 30, [OTHER]: 5 });
});

test.afterEach(async ({ request }) => {
  await request.post(`${STUB}/stub/config`, { data: { fault: null, failFirst: null, latencyMs: 0 } });
});

async function launch(page: Page, body: Record<string, unknown>): Promise<string> {
  const response = await page.request.post('/api/batches', {
    data: { selection: 'all', complexity: 'C1', seed: 31, verify: { enabled: false }, ...body },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const itemRows = (page: Page) => page.getByRole('table', { name: 'Items' }).locator('tbody').getByRole('row');

test('the batch page lists every item a page at a time, with its status and a link to its page', async ({
  page,
  request,
}, testInfo) => {
  // Quota errors are not retried: the first three calls fail three items; the other 57 finish.
  await request.post(`${STUB}/stub/config`, { data: { fault: 'quota', failFirst: 3 } });
  const id = await launch(page, { count: 60, name: 'e2e item list' });
  await page.goto(`/batches/${id}`);
  await expect(page.getByRole('progressbar', { name: 'Progress of e2e item list' })).toHaveAttribute(
    'aria-valuetext',
    '57 done, 3 failed, 0 in flight of 60',
    { timeout: RUN_TIMEOUT },
  );

  const items = page.getByRole('region', { name: 'Items' });
  const shown = items.getByLabel('Items shown');
  await expect(shown).toHaveText('1–50 of 60');
  await expect(itemRows(page)).toHaveCount(50);
  await expect(itemRows(page).first().getByRole('link')).toHaveText('#0');
  const previous = items.getByRole('button', { name: '← Previous 50' });
  const next = items.getByRole('button', { name: 'Next 50 →' });
  await expect(previous).toBeDisabled();
  // Every row ends as done or failed once the batch is; the row list follows the batch's counters.
  await expect(itemRows(page).filter({ hasText: /done|failed/ })).toHaveCount(50);
  const failedFirst = await itemRows(page).filter({ hasText: 'quota' }).count();
  await testInfo.attach('items page 1', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

  await next.click();
  await expect(shown).toHaveText('51–60 of 60');
  await expect(itemRows(page)).toHaveCount(10);
  await expect(itemRows(page).first().getByRole('link')).toHaveText('#50');
  await expect(next).toBeDisabled();
  await expect(previous).toBeEnabled();
  const failedSecond = await itemRows(page).filter({ hasText: 'quota' }).count();
  expect(failedFirst + failedSecond).toBe(3);

  // A done item's row names its problem and opens its page.
  const doneRow = itemRows(page).filter({ hasText: 'done' }).last();
  const title = (await doneRow.locator('.item-title').textContent())!;
  expect(title).toContain('Stub task for');
  const index = Number((await doneRow.getByRole('link').textContent())!.slice(1));
  await doneRow.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/batches/${id}/problems/${index}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // A finished batch has no runner working on it, and the page says nothing about runners.
  await page.goto(`/batches/${id}`);
  await expect(shown).toHaveText('1–50 of 60');
  await expect(page.getByRole('status', { name: 'Runners' })).toHaveCount(0);
});

test('a running batch names the one runner working on it, once', async ({ page, request }) => {
  // Slow calls keep the app's runner on the batch long enough to see it.
  await request.post(`${STUB}/stub/config`, { data: { latencyMs: 800 } });
  const id = await launch(page, { count: 24, name: 'e2e runners' });
  await page.goto(`/batches/${id}`);
  const runners = page.getByRole('status', { name: 'Runners' });
  await expect(runners).toHaveText(
    /^1 runner working on this batch: the app's runner \(app@[^,()]+:\d+-[0-9a-f]{6}\)$/,
    {
      timeout: RUN_TIMEOUT,
    },
  );
  await expect(page.getByRole('table', { name: 'Items' }).getByText('running').first()).toBeVisible();
  await request.post(`${STUB}/stub/config`, { data: { latencyMs: 0 } });
  await expect(page.locator('.batch-header .status-badge')).toHaveText('done', { timeout: RUN_TIMEOUT });
  await expect(runners).toHaveCount(0);
});

test('"Review this batch" opens the review queue filtered to the batch', async ({ page }) => {
  await page.goto(`/batches/${EXPORTED}`);
  await page.getByRole('link', { name: 'Review this batch' }).click();
  await expect(page).toHaveURL(new RegExp(`/review\\?batch=${EXPORTED}$`));
  await expect(page.getByRole('form', { name: 'Filters' }).getByLabel(/^Batch/)).toHaveValue(EXPORTED);
  const dialog = page.getByRole('dialog', { name: 'Reviewer name' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Items');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${seeded[EXPORTED]!.length} match the filter`)).toBeVisible();
});

test('"Export this batch" downloads that batch\'s problems and no other', async ({ page }) => {
  await page.goto(`/batches/${EXPORTED}`);
  await expect(page.getByRole('region', { name: 'Items' }).getByLabel('Items shown')).toHaveText('1–30 of 30');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export this batch' }).click(),
  ]);
  expect(download.suggestedFilename()).toContain(EXPORTED);
  const rows = readFileSync((await download.path())!, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { key: string; batchId: string });
  expect(new Set(rows.map((row) => row.batchId))).toEqual(new Set([EXPORTED]));
  expect(rows.map((row) => row.key).sort()).toEqual(seeded[EXPORTED]!.map((p) => p.key).sort());
});

test('an item past the end of the batch says so, links back, and offers no neighbours', async ({ page }) => {
  await page.goto(`/batches/${EXPORTED}/problems/999`);
  const missing = page.getByRole('alert').filter({ hasText: 'Item 999' });
  await expect(missing.getByRole('heading', { level: 1 })).toHaveText(
    'Item 999 does not exist (this batch has 30 items)',
  );
  await expect(page.getByRole('link', { name: /Item 998/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Item 1000/ })).toHaveCount(0);
  await missing.getByRole('link', { name: 'Back to the batch' }).click();
  await expect(page).toHaveURL(new RegExp(`/batches/${EXPORTED}$`));

  // The last item has a previous one and no next.
  await page.goto(`/batches/${EXPORTED}/problems/29`);
  await expect(page.getByRole('link', { name: '← Item 28' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Item 30/ })).toHaveCount(0);
});
