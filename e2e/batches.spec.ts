import { parseEnvironment } from '../lib/env-schema';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { seedSampleGraph } from './support/seed';

const SCENARIO = 'Scenario:retail demand forecasting';
const SAMPLER = `/sampler?scenario=${encodeURIComponent(SCENARIO)}&c=C1&seed=4242`;
// The stub playwright.config.ts starts; its faults are switched with POST /stub/config.
const env = parseEnvironment(process.env);
const STUB = `http://127.0.0.1:${env.E2E_STUB_PORT ?? env.E2E_PORT + 919}`;
// Generation against the stub is fast, but the app also builds candidates and leases items.
const RUN_TIMEOUT = 45_000;

test.beforeAll(seedSampleGraph);

const launchForm = (page: Page) => page.getByRole('form', { name: 'Launch batch' });

async function snapshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function openSampler(page: Page): Promise<void> {
  await page.goto(SAMPLER);
  await expect(page.getByRole('heading', { name: 'Sampler', level: 1 })).toBeVisible();
  // The launch form says the endpoint is the stub wherever generation starts.
  await expect(page.getByLabel('LLM endpoint')).toContainText('stub, not a model');
  await expect(launchForm(page).getByRole('button', { name: 'Launch batch' })).toBeEnabled();
}

test('a batch launched from the Sampler runs to done and its problems open', async ({ page }, testInfo) => {
  await openSampler(page);
  await launchForm(page).getByRole('spinbutton', { name: 'Items' }).fill('12');
  const name = launchForm(page).getByRole('textbox', { name: 'Name (optional)' });
  await name.fill('e2e happy path');
  await name.press('Enter');

  await expect(page).toHaveURL(/\/batches\/b-[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { name: 'e2e happy path', level: 1 })).toBeVisible();
  const progress = page.getByRole('progressbar', { name: 'Progress of e2e happy path' });
  await expect(page.locator('.batch-header .status-badge')).toHaveText(/running|done/, { timeout: RUN_TIMEOUT });
  await snapshot(page, testInfo, 'batch-running');
  await expect(progress).toHaveAttribute('aria-valuemax', '12');
  await expect(progress).toHaveAttribute('aria-valuenow', '12', { timeout: RUN_TIMEOUT });
  await expect(progress).toHaveAttribute('aria-valuetext', '12 done, 0 failed, 0 in flight of 12');
  await expect(page.locator('.batch-header .status-badge')).toHaveText('done');
  await expect(page.getByLabel('Progress counts')).toContainText('12 done · 0 failed · 0 in flight');
  await expect(page.getByRole('link', { name: 'Open in Sampler' })).toHaveAttribute(
    'href',
    /scenario=Scenario%3Aretail\+demand\+forecasting.*seed=4242/,
  );
  await expect(page.getByRole('img', { name: /Coherence histogram: 12 problems/ })).toBeVisible();
  await expect(page.getByText('No failed items.')).toBeVisible();

  // Verification is on by default (the sandbox runs here): the stub's rule makes item i's attempts
  // j < i mod 4 wrong, so of 12 items with k = 3, three each pass 3, 2, 1 and 0 attempts.
  await expect(page.getByLabel('Verification counts')).toContainText(
    '12 verified of 12 done · 9 passed · 3 not passed',
  );
  await expect(
    page.getByRole('img', { name: 'Pass-rate distribution: 12 problems; 0/3: 3, 1/3: 3, 2/3: 3, 3/3: 3' }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'Difficulty distribution: 12 problems; easy: 6, medium: 3, hard: 0, fail: 3' }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Verification failures by status' })).toContainText('failed');

  await snapshot(page, testInfo, 'batch-done');

  // The list shows it as done with a full bar.
  await page.getByRole('link', { name: 'Batches' }).first().click();
  const row = page.getByRole('table', { name: 'Batches' }).getByRole('row').filter({ hasText: 'e2e happy path' });
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '12');
  await expect(row).toContainText('done');
  await snapshot(page, testInfo, 'batches-list');
  await row.getByRole('link', { name: 'e2e happy path' }).click();

  // A generated problem: markdown statement, answer code, combination links to Explore.
  const samples = page.getByRole('list', { name: 'Newest problems' });
  await expect(samples.getByRole('listitem').first()).toBeVisible();
  await samples.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/batches\/b-[a-z0-9-]+\/problems\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Stub task for retail demand forecasting');
  const statement = page.getByRole('region', { name: 'Statement' });
  await expect(statement).toContainText('write a Python function');
  await expect(statement.getByRole('listitem').first()).toBeVisible();
  await expect(statement.locator('strong').first()).toBeVisible();
  await expect(statement.locator('script')).toHaveCount(0);
  const answer = page.getByRole('region', { name: 'Reference answer' }).locator('pre');
  await expect(answer).toContainText('def summarize(records: list[dict]) -> dict:');
  await expect(page.getByRole('link', { name: 'retail demand forecasting' })).toHaveAttribute(
    'href',
    `/explore?focus=${encodeURIComponent(SCENARIO).replaceAll('%20', '+')}`,
  );
  await expect(page.getByRole('list', { name: 'Features' }).getByRole('link')).toHaveCount(3);

  await snapshot(page, testInfo, 'problem');

  // Previous and next items.
  const index = Number(/problems\/(\d+)$/.exec(page.url())![1]);
  const neighbour =
    index > 0
      ? page.getByRole('link', { name: `← Item ${index - 1}` })
      : page.getByRole('link', { name: `Item ${index + 1} →` });
  await neighbour.click();
  await expect(page).toHaveURL(new RegExp(`/problems/${index > 0 ? index - 1 : index + 1}$`));
  await expect(page.getByRole('region', { name: 'Reference answer' }).locator('pre')).toContainText('def summarize');
});

test('the token budget pauses a batch and says why; resuming without a budget finishes it', async ({
  page,
}, testInfo) => {
  await openSampler(page);
  await launchForm(page).getByRole('spinbutton', { name: 'Items' }).fill('40');
  await launchForm(page).getByRole('textbox', { name: 'Name (optional)' }).fill('e2e budget');
  await launchForm(page).getByRole('spinbutton', { name: 'Token budget (optional)' }).fill('1');
  // The budget is the subject, not verification: unverified items finish in a fraction of the time.
  await launchForm(page).getByRole('checkbox', { name: 'Verify answers' }).uncheck();
  await launchForm(page).getByRole('button', { name: 'Launch batch' }).click();

  await expect(page.getByRole('heading', { name: 'e2e budget', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert', { name: 'Pause reason' })).toContainText(/budget/i, { timeout: RUN_TIMEOUT });
  await expect(page.locator('.batch-header .status-badge')).toHaveText('paused');
  const progress = page.getByRole('progressbar', { name: 'Progress of e2e budget' });
  await expect(progress).toHaveAttribute('aria-valuetext', /0 in flight of 40$/);
  const stopped = Number(await progress.getAttribute('aria-valuenow'));
  expect(stopped).toBeGreaterThan(0);
  expect(stopped).toBeLessThan(40);

  await snapshot(page, testInfo, 'batch-paused');

  const resume = page.getByRole('form', { name: 'Resume with a new budget' });
  await resume.getByRole('spinbutton').fill('');
  await resume.getByRole('button', { name: 'Remove budget and resume' }).click();
  await expect(progress).toHaveAttribute('aria-valuenow', '40', { timeout: RUN_TIMEOUT });
  await expect(page.locator('.batch-header .status-badge')).toHaveText('done');
  await expect(page.getByRole('alert', { name: 'Pause reason' })).toHaveCount(0);
});

test('pause and resume, and cancel after a confirmation, keep the finished problems', async ({ page, request }) => {
  // A slow endpoint keeps the batch running long enough to pause, resume and cancel it.
  await request.post(`${STUB}/stub/config`, { data: { latencyMs: 150 } });
  try {
    await controls(page);
  } finally {
    await request.post(`${STUB}/stub/config`, { data: { latencyMs: 0 } });
  }
});

async function controls(page: Page) {
  await openSampler(page);
  await launchForm(page).getByRole('spinbutton', { name: 'Items' }).fill('400');
  await launchForm(page).getByRole('textbox', { name: 'Name (optional)' }).fill('e2e controls');
  await launchForm(page).getByRole('button', { name: 'Launch batch' }).click();
  const status = page.locator('.batch-header .status-badge');
  const progress = page.getByRole('progressbar', { name: 'Progress of e2e controls' });
  await expect(status).toHaveText('running', { timeout: RUN_TIMEOUT });

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status).toHaveText('paused');
  await expect(progress).toHaveAttribute('aria-valuetext', /0 in flight of 400$/, { timeout: RUN_TIMEOUT });
  const paused = Number(await progress.getAttribute('aria-valuenow'));
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(status).toHaveText('running');
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: RUN_TIMEOUT })
    .toBeGreaterThan(paused);

  // Cancel asks first; "Keep it" changes nothing.
  await page.getByRole('button', { name: 'Cancel batch…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Confirm cancel' });
  await expect(confirm).toContainText('finished problems are kept');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirm).toBeHidden();
  await expect(status).toHaveText('running');
  await page.getByRole('button', { name: 'Cancel batch…' }).click();
  await confirm.getByRole('button', { name: 'Yes, cancel the batch' }).click();
  await expect(status).toHaveText('cancelled');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);
  await expect(progress).toHaveAttribute('aria-valuetext', /0 in flight of 400$/, { timeout: RUN_TIMEOUT });
  const kept = Number(await progress.getAttribute('aria-valuenow'));
  expect(kept).toBeGreaterThan(paused);
  expect(kept).toBeLessThan(400);
  await expect(page.getByRole('list', { name: 'Newest problems' }).getByRole('listitem').first()).toBeVisible();
}

test('failed items are grouped by class and "Retry" recovers them once the fault is gone', async ({
  page,
  request,
}, testInfo) => {
  await openSampler(page);
  await request.post(`${STUB}/stub/config`, { data: { fault: 'quota' } });
  try {
    await launchForm(page).getByRole('spinbutton', { name: 'Items' }).fill('6');
    await launchForm(page).getByRole('textbox', { name: 'Name (optional)' }).fill('e2e faults');
    await launchForm(page).getByRole('button', { name: 'Launch batch' }).click();
    const failures = page.getByRole('table', { name: 'Failures by class' });
    await expect(failures.getByRole('row').filter({ hasText: 'quota' })).toContainText('6', { timeout: RUN_TIMEOUT });
    await expect(page.getByRole('progressbar', { name: 'Progress of e2e faults' })).toHaveAttribute(
      'aria-valuetext',
      '0 done, 6 failed, 0 in flight of 6',
    );
    await snapshot(page, testInfo, 'batch-failures');
  } finally {
    await request.post(`${STUB}/stub/config`, { data: { fault: null } });
  }
  await page.getByRole('button', { name: 'Retry quota failures' }).click();
  await expect(page.getByRole('progressbar', { name: 'Progress of e2e faults' })).toHaveAttribute(
    'aria-valuetext',
    '6 done, 0 failed, 0 in flight of 6',
    { timeout: RUN_TIMEOUT },
  );
  await expect(page.getByText('No failed items.')).toBeVisible();
  await expect(page.locator('.batch-header .status-badge')).toHaveText('done');
});

test('"Preview prompts" shows the exact messages of the first items without calling a model', async ({
  page,
}, testInfo) => {
  await openSampler(page);
  await launchForm(page).getByRole('button', { name: 'Preview prompts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prompts of the first 3 items' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('article')).toHaveCount(3);
  const first = dialog.getByRole('article', { name: 'Prompts of item 0' });
  await expect(first.getByRole('heading', { level: 3 })).toContainText('retail demand forecasting');
  const problem = first.getByRole('region', { name: 'Step problem of item 0' });
  await expect(problem.getByText('system', { exact: true })).toBeVisible();
  await expect(problem.getByText('user', { exact: true })).toBeVisible();
  await expect(problem.locator('pre').last()).toContainText('retail demand forecasting');
  await expect(first.getByRole('region', { name: 'Step answer of item 0' })).toContainText('problem step');
  await snapshot(page, testInfo, 'prompt-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an invalid launch shows the message next to its field and keeps Launch off', async ({ page }, testInfo) => {
  await openSampler(page);
  const items = launchForm(page).getByRole('spinbutton', { name: 'Items' });
  await items.fill('0');
  await expect(launchForm(page).getByRole('button', { name: 'Launch batch' })).toBeDisabled();
  await expect(items).toHaveAttribute('aria-invalid', 'true');
  await expect(items).toHaveAccessibleDescription('Items must be a whole number between 1 and 1,000,000');
  await page
    .getByRole('region', { name: 'Launch a batch' })
    .screenshot({ path: testInfo.outputPath('launch-error.png') });
  await expect(page).toHaveURL(/\/sampler\?/);
  // Fixing the value clears the message.
  await items.fill('5');
  await expect(items).not.toHaveAttribute('aria-invalid', 'true');
  await expect(launchForm(page).getByRole('button', { name: 'Launch batch' })).toBeEnabled();
});

test('the llm strategy can be chosen when an endpoint is configured', async ({ page }) => {
  await page.goto(SAMPLER);
  const llm = page.getByRole('form', { name: 'Sampling parameters' }).getByRole('radio', { name: 'LLM' });
  await expect(llm).toBeEnabled();
});

test('presets kept in this browser move to the server once; built-in presets cannot be deleted', async ({ page }) => {
  const legacy = [
    {
      name: 'legacy C3',
      query: `scenario=${encodeURIComponent(SCENARIO)}&c=C3&t=2&seed=9`,
      savedAt: '2026-01-01T00:00:00.000Z',
    },
    { name: 'c1-focused', query: 'c=C1', savedAt: '2026-01-01T00:00:00.000Z' },
  ];
  // The old Sampler kept presets in localStorage; seed that once per tab.
  await page.addInitScript((value) => {
    if (window.sessionStorage.getItem('seeded')) return;
    window.localStorage.setItem('scogen.sampler.presets.v1', value);
    window.sessionStorage.setItem('seeded', '1');
  }, JSON.stringify(legacy));
  await page.goto(SAMPLER);

  const presets = page.getByRole('list', { name: 'Saved presets' });
  await expect(presets.getByRole('button', { name: 'Load preset legacy C3' })).toBeVisible();
  await expect(
    page.getByText(
      /Moved 1 preset\(s\) from this browser to the server\. Could not move “c1-focused”: .*built-in preset/,
    ),
  ).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.getItem('scogen.sampler.presets.v1'))).toBeNull();
  await expect(presets.getByRole('button', { name: 'Load preset c1-focused' })).toBeVisible();
  await expect(presets.getByRole('button', { name: 'Delete preset c1-focused' })).toHaveCount(0);

  // On the server now: it survives a reload, loads, and can be deleted.
  await page.reload();
  await presets.getByRole('button', { name: 'Load preset legacy C3' }).click();
  await expect(page.getByRole('table', { name: 'Preview combinations' }).locator('caption')).toContainText(
    'DK 3, DS 3, CS 3 · T = 2 · λ = 0.25 · seed 9',
  );
  await presets.getByRole('button', { name: 'Delete preset legacy C3' }).click();
  await expect(presets.getByRole('button', { name: 'Load preset legacy C3' })).toHaveCount(0);
  await page.reload();
  await expect(presets.getByRole('button', { name: 'Load preset c1-focused' })).toBeVisible();
  await expect(presets.getByRole('button', { name: 'Load preset legacy C3' })).toHaveCount(0);
});
