import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { closeNeo4j } from './support/neo4j';
import { seedSampleGraph } from './support/seed';

// Scanning, running every pair in the sandbox twice and verifying the held-back ones takes a few seconds.
const RUN_TIMEOUT = 90_000;

test.beforeAll(seedSampleGraph);
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

test('a Case2Code batch: scan the documents, launch, review a task with its pairs and provenance, export it', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.goto('/batches');
  const panel = page.getByRole('region', { name: 'Case2Code batch' });
  // The seeded graph was never scanned: nothing to launch yet.
  await expect(panel.getByLabel('Functions found')).toContainText('0 eligible of 0 functions');
  await expect(panel.getByRole('button', { name: 'Launch Case2Code batch' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Scan the documents again' }).click();
  await expect(panel.getByLabel('Functions found')).toContainText(/[1-9]\d+ eligible of \d+ functions/, {
    timeout: RUN_TIMEOUT,
  });

  const form = panel.getByRole('form', { name: 'Launch a Case2Code batch' });
  await form.getByRole('spinbutton', { name: 'Tasks' }).fill('0');
  await expect(form.getByText('Tasks must be at least 1')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Launch Case2Code batch' })).toBeDisabled();
  await form.getByRole('spinbutton', { name: 'Tasks' }).fill('6');
  await form.getByRole('spinbutton', { name: 'Pairs shown (k)' }).fill('3');
  await form.getByRole('textbox', { name: 'Name' }).fill('e2e case2code');
  await form.getByRole('button', { name: 'Launch Case2Code batch' }).click();

  await expect(page).toHaveURL(/\/batches\/b-[a-z0-9-]+$/);
  const batchId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name: 'e2e case2code', level: 1 })).toBeVisible();
  await expect(page.locator('.batch-header .status-badge')).toHaveText('done', { timeout: RUN_TIMEOUT });
  const examples = page.getByRole('region', { name: 'Executed examples' });
  await expect(examples.getByLabel('Examples counts')).toContainText(/of 6 problems kept examples/);
  await snapshot(page, testInfo, 'case2code-batch');

  await page.goto(`/review?batch=${batchId}&status=all&kind=case2code`);
  await nameReviewer(page, 'Ada');
  const card = page.getByRole('article');
  await expect(card.getByRole('heading', { name: /^Reconstruct \w+ from its input\/output pairs$/ })).toBeVisible();
  // The statement shows k = 3 observed pairs as calls; the rest are held back and verify the answer.
  await expect(card.getByRole('region', { name: 'Statement' })).toContainText('>>> ');
  const held = card.getByRole('table', { name: 'Held-back pairs' });
  await expect(held).toBeVisible();
  // At most k = 3 are shown (fewer when the function kept few pairs), always at least one held back.
  const note = card.getByText(/^\d+ pairs are shown in the statement; these \d+ are held back/);
  await expect(note).toBeVisible();
  const [shown, heldBack] = ((await note.textContent()) ?? '').match(/\d+/g)!.map(Number);
  expect(shown).toBeGreaterThanOrEqual(1);
  expect(shown).toBeLessThanOrEqual(3);
  await expect(held.getByRole('row')).toHaveCount(heldBack! + 1);
  await expect(card.getByLabel('Verification state')).toContainText('passed');
  await snapshot(page, testInfo, 'case2code-task');

  const provenance = page.getByRole('list', { name: 'Provenance' });
  await expect(provenance).toContainText('This task reconstructs');
  await provenance.getByRole('button').first().click();
  const documentDialog = page.getByRole('dialog');
  await expect(documentDialog).toContainText('def ');
  // The chain back: the document lists its functions, and the function names the task made from it.
  await documentDialog.getByText(/\d+ functions? \(\d+ eligible\)/).click();
  await expect(documentDialog.getByRole('list', { name: 'Functions found in this document' })).toContainText(
    new RegExp(`1 Case2Code task: ${batchId} #\\d+`),
  );
  await page.keyboard.press('Escape');
  await expect(documentDialog).toBeHidden();

  await page.keyboard.press('a');
  const exportGroup = page.getByRole('group', { name: 'Export' });
  await exportGroup.getByLabel('Export status').selectOption('approved');
  await exportGroup.getByLabel('Export scope').selectOption('batch');
  const download = page.waitForEvent('download');
  await exportGroup.getByRole('link', { name: 'Download JSONL' }).click();
  const lines = readFileSync((await (await download).path())!, 'utf8')
    .trim()
    .split('\n');
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]!) as { kind: string; messages: Array<{ role: string; content: string }> };
  expect(line.kind).toBe('case2code');
  expect(line.messages[0]!.content).toContain('>>> ');
  expect(line.messages[1]!.content).toContain('def ');
});
