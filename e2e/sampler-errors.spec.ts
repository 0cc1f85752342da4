import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedSampleGraph } from './support/seed';

const SCENARIO = 'Scenario:retail demand forecasting';
const SAMPLER = `/sampler?scenario=${encodeURIComponent(SCENARIO)}&seed=4242&n=5`;

test.beforeAll(seedSampleGraph);

const form = (page: Page) => page.getByRole('form', { name: 'Sampling parameters' });
const launchForm = (page: Page) => page.getByRole('form', { name: 'Launch batch' });
const caption = (page: Page) => page.getByRole('table', { name: 'Preview combinations' }).locator('caption');

async function openSampler(page: Page): Promise<void> {
  await page.goto(SAMPLER);
  await expect(caption(page)).toContainText('5 combinations · DK 2, DS 2, CS 2 · T = 1 · λ = 0.25 · seed 4242');
  // Launch is enabled once the LLM and sandbox states are in, so a disabled button later is the form's doing.
  await expect(launchForm(page).getByRole('button', { name: 'Launch batch' })).toBeEnabled();
  await page.getByRole('textbox', { name: 'Preset name' }).fill('checked preset');
  await expect(page.getByRole('button', { name: 'Save preset' })).toBeEnabled();
}

/** An action that reads the field: how to see that it is off, with the reason in words, and on again. */
interface Action {
  name: string;
  off(page: Page, reason: string): Promise<void>;
  on(page: Page): Promise<void>;
}

const button = (name: string, locate: (page: Page) => Locator): Action => ({
  name,
  off: async (page, reason) => {
    await expect(locate(page)).toBeDisabled();
    await expect(locate(page)).toHaveAccessibleDescription(new RegExp(`^${name} is off: .*${escape(reason)}`));
  },
  on: async (page) => {
    await expect(locate(page)).toBeEnabled();
  },
});
const region = (name: string, regionName: string): Action => ({
  name,
  off: async (page, reason) => {
    await expect(page.getByRole('region', { name: regionName, exact: true })).toContainText(
      `${name} is off: ${reason}.`,
    );
  },
  on: async (page) => {
    await expect(page.getByRole('region', { name: regionName, exact: true })).not.toContainText(`${name} is off`);
  },
});
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PREVIEW = region('Preview', 'Preview');
const SWEEP = region('Sweep', 'Temperature sweep');
const LAUNCH = button('Launch', (page) => launchForm(page).getByRole('button', { name: 'Launch batch' }));
const PROMPTS = button('Preview prompts', (page) => launchForm(page).getByRole('button', { name: 'Preview prompts' }));
const SAVE = button('Save preset', (page) => page.getByRole('button', { name: 'Save preset' }));

const CASES = [
  {
    field: 'Temperature T',
    bad: ['0', '0.05', '1000'],
    message: 'Temperature must be between 0.1 and 10',
    actions: [PREVIEW, LAUNCH, PROMPTS, SAVE],
    good: '2',
    shown: 'T = 2 ·',
  },
  {
    field: 'Domain knowledge',
    bad: ['-1', '50', '1.5'],
    message: 'Domain knowledge must be a whole number between 0 and 10',
    actions: [PREVIEW, SWEEP, LAUNCH, PROMPTS, SAVE],
    good: '3',
    shown: 'DK 3, DS 2, CS 2',
  },
  {
    field: 'Seed',
    bad: ['-1'],
    message: 'Seed must be a whole number between 0 and 4,294,967,295',
    actions: [PREVIEW, SWEEP, LAUNCH, PROMPTS, SAVE],
    good: '77',
    shown: 'seed 77',
  },
  {
    field: 'Combinations to preview',
    bad: ['0', '5000'],
    message: 'Combinations to preview must be a whole number between 1 and 1,000',
    actions: [PREVIEW, SAVE],
    good: '7',
    shown: '7 combinations',
  },
];

for (const { field, bad, message, actions, good, shown } of CASES) {
  test(`${field}: a bad value stays, is explained next to the field, and turns off what reads it`, async ({ page }) => {
    await openSampler(page);
    const input = form(page).getByRole('spinbutton', { name: field, exact: true });
    const container = input.locator('xpath=..');
    for (const value of bad) {
      await input.fill(value);
      await input.blur();
      await expect(input, 'nothing is reverted').toHaveValue(value);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toHaveAccessibleDescription(message);
      await expect(container.getByText(message, { exact: true })).toBeVisible();
      for (const action of actions) await action.off(page, message);
    }
    // The preview under the note is the last valid one, not a silent stand-in for the typed value.
    await expect(caption(page)).toContainText('5 combinations · DK 2, DS 2, CS 2 · T = 1 · λ = 0.25 · seed 4242');

    await input.fill(good);
    await input.blur();
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect(container.getByText(message)).toHaveCount(0);
    for (const action of actions) await action.on(page);
    await expect(caption(page)).toContainText(shown);
  });
}

test('every count at 0 asks for at least one feature and turns Launch off until one is back', async ({ page }) => {
  await openSampler(page);
  const message = 'Feature counts: ask for at least one feature';
  for (const type of ['Domain knowledge', 'Domain skill', 'Coding skill'])
    await form(page).getByRole('spinbutton', { name: type, exact: true }).fill('0');
  const coding = form(page).getByRole('spinbutton', { name: 'Coding skill', exact: true });
  await expect(form(page).getByRole('group', { name: 'Complexity' })).toContainText(message);
  await expect(coding).toHaveAccessibleDescription(message);
  for (const action of [LAUNCH, PROMPTS, PREVIEW, SWEEP, SAVE]) await action.off(page, message);

  await coding.fill('1');
  for (const action of [LAUNCH, PROMPTS, PREVIEW, SWEEP, SAVE]) await action.on(page);
  await expect(caption(page)).toContainText('DK 0, DS 0, CS 1');
});

test('the launch form checks its own fields live, in words, before anything is sent', async ({ page }, testInfo) => {
  await openSampler(page);
  const items = launchForm(page).getByRole('spinbutton', { name: 'Items' });
  const budget = launchForm(page).getByRole('spinbutton', { name: 'Token budget (optional)' });
  await items.fill('1.5');
  await budget.fill('0');
  await budget.blur();
  await expect(items).toHaveValue('1.5');
  await expect(items).toHaveAccessibleDescription('Items must be a whole number between 1 and 1,000,000');
  await expect(budget).toHaveAccessibleDescription(
    'Token budget must be a whole number between 1 and 1,000,000,000,000',
  );
  await LAUNCH.off(page, 'Items must be a whole number between 1 and 1,000,000');

  // With a Sampler error too, the page reads well: see the screenshot.
  await form(page).getByRole('spinbutton', { name: 'Temperature T' }).fill('1000');
  const path = testInfo.outputPath('sampler-error.png');
  await page.screenshot({ path });
  await testInfo.attach('sampler-error', { path, contentType: 'image/png' });

  await items.fill('12');
  await budget.fill('');
  await form(page).getByRole('spinbutton', { name: 'Temperature T' }).fill('2');
  await LAUNCH.on(page);
  await expect(items).not.toHaveAttribute('aria-invalid', 'true');
});
