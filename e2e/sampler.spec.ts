import { expect, test, type Page } from '@playwright/test';
import { seedSampleGraph } from './support/seed';

const SCENARIO = 'Scenario:retail demand forecasting';
const FEATURE_LISTS = ['Domain knowledge', 'Domain skill', 'Coding skill'] as const;

test.beforeAll(seedSampleGraph);

const previewTable = (page: Page) => page.getByRole('table', { name: 'Preview combinations' });
const form = (page: Page) => page.getByRole('form', { name: 'Sampling parameters' });

/** Feature counts per type in every row of the preview table. */
async function rowCounts(page: Page): Promise<number[][]> {
  const rows = previewTable(page).locator('tbody tr');
  const counts: number[][] = [];
  for (const row of await rows.all()) {
    counts.push(
      await Promise.all(
        FEATURE_LISTS.map((name) => row.getByRole('list', { name, exact: true }).getByRole('listitem').count()),
      ),
    );
  }
  return counts;
}

test('temperature and complexity controls drive the preview, the sweep renders, and a reload reproduces it', async ({
  page,
}, testInfo) => {
  // About 150 interactions and two sweeps: 20 s alone, but over a minute on a loaded 2-core machine.
  test.slow();
  await page.goto(`/sampler?scenario=${encodeURIComponent(SCENARIO)}&seed=4242`);
  await expect(page.getByRole('heading', { name: 'Sampler', level: 1 })).toBeVisible();
  await expect(previewTable(page).locator('caption')).toContainText('DK 2, DS 2, CS 2 · T = 1 · λ = 0.25 · seed 4242');

  // Temperature on its log slider: 30 hundredths of a decade up from T = 1 is T = 10^0.3 ≈ 2.
  const slider = form(page).getByRole('slider', { name: /Temperature \(log scale\)/ });
  await slider.focus();
  for (let i = 0; i < 30; i += 1) await slider.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 2');
  await expect(form(page).getByRole('spinbutton', { name: 'Temperature T' })).toHaveValue('2');

  // Complexity: a preset, then a count per type.
  await form(page).getByRole('radio', { name: 'C3' }).check();
  await expect(form(page).getByRole('spinbutton', { name: 'Coding skill' })).toHaveValue('3');
  await form(page).getByRole('spinbutton', { name: 'Domain knowledge' }).fill('3');
  await form(page).getByRole('spinbutton', { name: 'Domain skill' }).fill('1');
  await form(page).getByRole('spinbutton', { name: 'Coding skill' }).fill('2');
  await expect(form(page).getByRole('radio', { name: 'Custom' })).toBeChecked();
  await form(page).getByRole('spinbutton', { name: 'Combinations to preview' }).fill('25');

  await expect(previewTable(page).locator('caption')).toContainText(
    '25 combinations · DK 3, DS 1, CS 2 · T = 2 · λ = 0.25 · seed 4242',
  );
  await expect(previewTable(page).locator('tbody tr')).toHaveCount(25);
  const counts = await rowCounts(page);
  expect(counts).toEqual(Array.from({ length: 25 }, () => [3, 1, 2]));
  await expect(previewTable(page).getByText('short', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Mean coherence' })).toBeVisible();

  // The parameters are in the URL.
  await expect(page).toHaveURL(/[?&]t=2(&|$)/);
  await expect(page).toHaveURL(/[?&]c=custom&dk=3&ds=1&cs=2(&|$)/);

  // Clicking a combination shows its graph.
  await previewTable(page).getByRole('button', { name: 'Show combination 2 in the graph' }).click();
  const graph = page.getByRole('img', { name: /^Graph of combination 2: \d+ of 21 pairs co-occur$/ });
  await expect(graph).toBeVisible();
  await expect(graph.locator('canvas').first()).toBeAttached();

  // The sweep plot renders from the server's points.
  const sweep = page.getByRole('img', { name: /Temperature sweep: coherence and diversity against T/ });
  await expect(sweep).toBeVisible({ timeout: 30_000 }); // 13 points × 200 samples on the server
  await expect(sweep.locator('g.sweep-series path')).toHaveCount(4);
  for (const path of await sweep.locator('g.sweep-series path').all())
    expect((await path.getAttribute('d'))!.split('L').length).toBe(13);
  await expect(page.getByRole('table', { name: 'Sweep data', includeHidden: true }).locator('tbody tr')).toHaveCount(
    13,
  );

  const before = await previewTable(page).locator('tbody').innerText();
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(previewTable(page).locator('caption')).toContainText(
    '25 combinations · DK 3, DS 1, CS 2 · T = 2 · λ = 0.25 · seed 4242',
  );
  expect(await previewTable(page).locator('tbody').innerText()).toBe(before);

  // A new seed gives other combinations.
  await form(page).getByRole('spinbutton', { name: 'Seed' }).fill('4243');
  await expect(previewTable(page).locator('caption')).toContainText('seed 4243');
  expect(await previewTable(page).locator('tbody').innerText()).not.toBe(before);

  const screenshot = testInfo.outputPath('sampler.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('sampler', { path: screenshot, contentType: 'image/png' });
});

test('a scenario with too few candidates gets a notice and short rows, never padding', async ({ page, request }) => {
  const scenarios = (await (await request.get('/api/sampler/scenarios')).json()) as Array<{
    id: string;
    docCount: number;
  }>;
  const smallest = scenarios.at(-1)!;
  await page.goto(
    `/sampler?scenario=${encodeURIComponent(smallest.id)}&lambda=0&c=custom&dk=10&ds=10&cs=10&seed=1&n=5`,
  );
  await expect(page.getByRole('status', { name: 'Sampling notices' })).toContainText('Not enough candidates');
  await expect(previewTable(page).locator('tbody tr')).toHaveCount(5);
  for (const row of await previewTable(page).locator('tbody tr').all())
    await expect(row.getByText('short', { exact: true })).toBeVisible();
  for (const counts of await rowCounts(page)) for (const n of counts) expect(n).toBeLessThan(10);
});

test('the llm strategy asks the endpoint (here the stub) and marks each pick', async ({ page }) => {
  await page.goto(`/sampler?scenario=${encodeURIComponent(SCENARIO)}&strategy=llm&n=5`);
  await expect(form(page).getByRole('radio', { name: /LLM/ })).toBeEnabled();
  await expect(previewTable(page).locator('tbody tr')).toHaveCount(5);
  for (const row of await previewTable(page).locator('tbody tr').all())
    await expect(row.getByText('LLM pick', { exact: true })).toBeVisible();
});

test('named presets are saved and loaded', async ({ page }) => {
  await page.goto(`/sampler?scenario=${encodeURIComponent(SCENARIO)}&c=C1&t=0.5&seed=77`);
  // The preview has rendered, so the page is hydrated: a name typed earlier can be reset by hydration.
  await expect(previewTable(page).locator('caption')).toContainText('T = 0.5');
  await page.getByRole('textbox', { name: 'Preset name' }).fill('cool C1');
  await expect(page.getByRole('button', { name: 'Save preset' })).toBeEnabled();
  await page.getByRole('button', { name: 'Save preset' }).click();
  await form(page).getByRole('radio', { name: 'C3' }).check();
  await form(page).getByRole('spinbutton', { name: 'Temperature T' }).fill('5');
  await expect(previewTable(page).locator('caption')).toContainText('DK 3, DS 3, CS 3 · T = 5');
  await page.getByRole('button', { name: 'Load preset cool C1' }).click();
  await expect(previewTable(page).locator('caption')).toContainText('DK 1, DS 1, CS 1 · T = 0.5 · λ = 0.25 · seed 77');
});
