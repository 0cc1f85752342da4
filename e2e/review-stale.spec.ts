import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseEnvironment } from '../lib/env-schema';
import { closeNeo4j, query } from './support/neo4j';
import { seedReviewBatches, seedSampleGraph, type SeededReview } from './support/seed';

// Review never offers a problem outside its filter: after bulk actions, while a filter is invalid, or when the
// reviewer prompt is dismissed; filters apply as they are typed; exports scope to a batch or the review filter.

const BULK = 'stale-bulk';
const TYPING = 'stale-typing';
const PROMPT = 'stale-prompt';
const EXPORT = 'stale-export';
const OTHER = 'stale-other';
const APP = `http://127.0.0.1:${parseEnvironment(process.env).E2E_PORT}`;

let seeded: SeededReview = {};

test.beforeAll(async () => {
  test.setTimeout(120_000);
  seedSampleGraph();
  seeded = seedReviewBatches({ [BULK]: 12, [TYPING]: 12, [PROMPT]: 12, [EXPORT]: 12, [OTHER]: 5 });
});

test.afterAll(closeNeo4j);

async function nameReviewer(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Reviewer name' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Reviewing as ${name}`)).toBeVisible();
}

const card = (page: Page) => page.getByRole('article');
const filters = (page: Page) => page.getByRole('form', { name: 'Filters' });
const bulk = (page: Page) => page.getByRole('group', { name: 'Bulk actions' });
const matching = (batch: string, test: (p: SeededReview[string][number]) => boolean) =>
  (seeded[batch] ?? []).filter(test).length;

async function statusCounts(batch: string): Promise<Record<string, number>> {
  const rows = await query<{ status: string; n: number }>('review-status-counts', { batch });
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

test('a bulk approve in the focus view leaves no stale card: the empty state says why, and Clear filters works', async ({
  page,
}) => {
  const expected = matching(BULK, (p) => p.coherence <= 0.2);
  expect(expected).toBeGreaterThan(1);
  await page.goto(`/review?batch=${BULK}&coherenceMax=0.2`);
  await nameReviewer(page, 'Ada');
  await expect(page.getByText(new RegExp(`^1 of ${expected} ·`))).toBeVisible();

  await bulk(page)
    .getByRole('button', { name: `Approve all ${expected} matching…` })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Approve all matching' });
  await confirm.getByRole('button', { name: `Approve ${expected}` }).click();
  await expect(page.getByText(`Approved ${expected} problem(s).`)).toBeVisible();

  const queue = page.getByRole('status', { name: 'Queue' });
  await expect(queue).toContainText('No problem matches these filters');
  await expect(queue).toContainText(`batch = ${BULK}`);
  await expect(card(page)).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Review actions' })).toHaveCount(0);
  await expect(bulk(page)).toContainText('0 match the filter');
  expect(await statusCounts(BULK)).toEqual({ approved: expected, pending: 12 - expected });

  await queue.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect(filters(page).getByRole('textbox', { name: 'Coherence ≤' })).toHaveValue('');
  // Every pending problem of every batch is the queue now, and the card shown is one of them.
  const pending = 4 * 12 + 5 - expected;
  await expect(page.getByText(new RegExp(`^1 of ${pending} ·`))).toBeVisible();
  await expect(card(page).locator('.status-badge')).toHaveText('pending');
});

test('an inverted coherence range is an inline error: no card, bulk actions off with the reason', async ({ page }) => {
  await page.goto(`/review?batch=${TYPING}`);
  await nameReviewer(page, 'Grace');
  await expect(page.getByText(/^1 of 12 ·/)).toBeVisible();

  await filters(page).getByRole('textbox', { name: 'Coherence ≥' }).fill('0.5');
  await expect(page).toHaveURL(/coherenceMin=0.5/);
  const max = filters(page).getByRole('textbox', { name: 'Coherence ≤' });
  await max.fill('0.2');
  const error = filters(page).getByRole('alert');
  await expect(error).toHaveText('Min coherence is above the max coherence');
  await expect(max).toHaveValue('0.2');
  await expect(max).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status', { name: 'Queue' })).toContainText(
    'No problem is shown while a filter is invalid',
  );
  await expect(card(page)).toHaveCount(0);
  await expect(bulk(page)).toContainText('Bulk actions are off until the filter is fixed');
  await expect(bulk(page).getByRole('button', { name: /Approve all/ })).toBeDisabled();
  await expect(bulk(page).getByRole('button', { name: /Reject all/ })).toBeDisabled();
  // The invalid bound never reached the URL (nor the API).
  expect(new URL(page.url()).searchParams.get('coherenceMax')).toBeNull();

  // Fixing it applies it and brings the queue back.
  await max.fill('0.9');
  await expect(page).toHaveURL(/coherenceMax=0.9/);
  await expect(error).toHaveCount(0);
  const back = matching(TYPING, (p) => p.coherence >= 0.5 && p.coherence <= 0.9);
  await expect(bulk(page)).toContainText(`${back} match the filter`);
});

test('coherence ≥ 5 is an inline error, not silently ignored', async ({ page }) => {
  await page.goto(`/review?batch=${TYPING}`);
  await nameReviewer(page, 'Grace');
  await expect(page.getByText(/^1 of 12 ·/)).toBeVisible();
  const min = filters(page).getByRole('textbox', { name: 'Coherence ≥' });
  await min.fill('5');
  await expect(filters(page).getByRole('alert')).toHaveText('Min coherence must be between -1 and 1');
  await expect(min).toHaveValue('5');
  await expect(card(page)).toHaveCount(0);
  await expect(bulk(page).getByRole('button', { name: /Approve all/ })).toBeDisabled();
  expect(new URL(page.url()).searchParams.get('coherenceMin')).toBeNull();
});

test('typing a filter applies it without Enter or leaving the field', async ({ page }) => {
  await page.goto(`/review?batch=${TYPING}`);
  await nameReviewer(page, 'Linus');
  await expect(bulk(page)).toContainText('12 match the filter');
  const max = filters(page).getByRole('textbox', { name: 'Coherence ≤' });
  await max.click();
  await max.pressSequentially('0.2');
  const expected = matching(TYPING, (p) => p.coherence <= 0.2);
  await expect(page).toHaveURL(/coherenceMax=0.2/);
  await expect(bulk(page)).toContainText(`${expected} match the filter`);
  await expect(page.getByText(new RegExp(`^1 of ${expected} ·`))).toBeVisible();
  await expect(max).toBeFocused();
});

test('Esc on the reviewer prompt leaves a Set reviewer button; the queue stays as it was', async ({ page }) => {
  await page.goto(`/review?batch=${PROMPT}`);
  const dialog = page.getByRole('dialog', { name: 'Reviewer name' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const queue = page.getByRole('status', { name: 'Queue' });
  await expect(queue).toContainText('12 problem(s) match these filters');
  await expect(page.getByText('End of the queue')).toHaveCount(0);

  await page.getByRole('button', { name: 'Set reviewer' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Barbara');
  await dialog.getByRole('button', { name: 'Start reviewing' }).click();
  await expect(page.getByText('Reviewing as Barbara')).toBeVisible();
  await expect(page.getByText(/^1 of 12 ·/)).toBeVisible();
  await expect(card(page).locator('.status-badge')).toHaveText('pending');
  await expect(page.getByRole('button', { name: 'Set reviewer' })).toHaveCount(0);
});

interface FullLine {
  key: string;
  batchId: string;
  index: number;
  metrics: { coherence: number };
}

async function download(page: Page): Promise<FullLine[]> {
  const file = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('link', { name: 'Download JSONL' }).click();
  return readFileSync((await (await file).path())!, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as FullLine);
}

test('export scoped to the batch holds only its rows, in numeric index order; the review-filter scope narrows it', async ({
  page,
}) => {
  // Both batches approved in full, so only the scope can tell them apart.
  for (const batch of [EXPORT, OTHER]) {
    const response = await fetch(`${APP}/api/review/bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        filter: { batch },
        action: 'approve',
        reviewer: 'Ada',
        expected: (seeded[batch] ?? []).length,
      }),
    });
    expect(response.status).toBe(200);
  }
  await page.goto(`/review?batch=${EXPORT}&status=approved&coherenceMax=0.2`);
  await nameReviewer(page, 'Ada');
  const panel = page.getByRole('group', { name: 'Export' });
  await panel.getByRole('combobox', { name: 'Export format' }).selectOption('full');
  await expect(panel.getByRole('combobox', { name: 'Export scope' })).toHaveValue('batch');

  const lines = await download(page);
  expect(lines.map((line) => line.key)).toEqual(Array.from({ length: 12 }, (_, i) => `${EXPORT}/${i}`));
  expect(lines.map((line) => line.index)).toEqual(Array.from({ length: 12 }, (_, i) => i));

  await panel.getByRole('combobox', { name: 'Export scope' }).selectOption('filter');
  const filtered = await download(page);
  const expected = (seeded[EXPORT] ?? [])
    .filter((p) => p.coherence <= 0.2)
    .map((p) => p.key)
    .sort((a, b) => Number(a.split('/')[1]) - Number(b.split('/')[1]));
  expect(expected.length).toBeGreaterThan(1);
  expect(expected.length).toBeLessThan(12);
  expect(filtered.map((line) => line.key)).toEqual(expected);

  await panel.getByRole('combobox', { name: 'Export scope' }).selectOption('all');
  const everything = await download(page);
  const approvedBulk = (seeded[BULK] ?? []).filter((p) => p.coherence <= 0.2).map((p) => Number(p.key.split('/')[1]));
  expect(everything.map((line) => line.key)).toEqual([
    ...approvedBulk.sort((a, b) => a - b).map((i) => `${BULK}/${i}`),
    ...Array.from({ length: 12 }, (_, i) => `${EXPORT}/${i}`),
    ...Array.from({ length: 5 }, (_, i) => `${OTHER}/${i}`),
  ]);
});
