import { parseEnvironment } from '../lib/env-schema';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { closeNeo4j, query } from './support/neo4j';
import { seedReviewBatches, seedSampleGraph, type SeededReview } from './support/seed';

const BATCH = 'e2e-review';
const BULK = 'e2e-bulk';
const CONFLICT = 'e2e-conflict';

async function statusCounts(batch: string): Promise<Record<string, number>> {
  const rows = await query<{ status: string; n: number }>('review-status-counts', { batch });
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

/** The reviewer name is asked once per browser: typed and confirmed with Enter. */
async function nameReviewer(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name: 'Reviewer name' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Reviewing as ${name}`)).toBeVisible();
}

const position = (page: Page, n: number, of: number) =>
  expect(page.getByText(new RegExp(`^${n} of ${of} ·`))).toBeVisible();

let seeded: SeededReview = {};
/** A batch the app's own runner writes against the LLM stub: what reviewers really get. */
let generated = '';
const APP = `http://127.0.0.1:${parseEnvironment(process.env).E2E_PORT}`;

async function generateBatch(count: number): Promise<string> {
  const launched = await fetch(`${APP}/api/batches`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      selection: 'all',
      complexity: 'C2',
      count,
      seed: 2026,
      name: 'e2e review (stub-generated)',
    }),
  });
  expect(launched.status).toBe(201);
  const { id } = (await launched.json()) as { id: string };
  await expect
    .poll(async () => ((await (await fetch(`${APP}/api/batches/${id}`)).json()) as { status: string }).status, {
      timeout: 60_000,
    })
    .toBe('done');
  return id;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  seedSampleGraph();
  generated = await generateBatch(10);
  // Seeded after the generated batch, so they are the newest problems (Explore lists the newest).
  seeded = seedReviewBatches({ [BATCH]: 10, [BULK]: 12, [CONFLICT]: 2 });
});

test.afterAll(closeNeo4j);

test('review a batch with the keyboard only: approve 3, reject 1 with a tag, edit 1; counts, history and diff', async ({
  page,
}) => {
  await page.goto(`/review?batch=${generated}`);
  await nameReviewer(page, 'Ada');
  await position(page, 1, 10);

  for (let i = 1; i <= 3; i += 1) {
    await page.keyboard.press('a');
    await position(page, i + 1, 10);
  }

  await page.keyboard.press('r');
  const reject = page.getByRole('dialog', { name: 'Reject problem' });
  await expect(reject).toBeVisible();
  await page.keyboard.press('1');
  await expect(reject.getByRole('checkbox', { name: /Incoherent/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(reject).toBeHidden();
  await position(page, 5, 10);

  const title = await page.getByRole('article').getByRole('heading', { level: 2 }).textContent();
  await page.keyboard.press('e');
  const statement = page.getByRole('textbox', { name: 'Statement (markdown)' });
  await expect(statement).toBeFocused();
  await page.keyboard.type('\n\nEdited in review: inputs may be empty.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('form', { name: 'Edit problem' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Statement' })).toContainText('Edited in review: inputs may be empty.');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(title!);

  // History: the edit by Ada, revision 0 (synthesis) and 1, and the diff adds exactly the typed lines.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('edited (revision 1)')).toBeVisible();
  await expect(history.getByRole('list', { name: 'Revisions' }).getByRole('listitem')).toHaveText([
    /Revision 0 original \(synthesis\)/,
    /Revision 1 by Ada/,
  ]);
  const diff = history.getByRole('figure', { name: 'Statement' });
  await expect(diff).toContainText('+2 −0');
  await expect(diff.locator('ins')).toHaveText([/^\+\s*$/, '+ Edited in review: inputs may be empty.']);

  // Counts: in the progress bars and in the database.
  await expect(page.getByRole('progressbar', { name: '3 approved, 1 rejected, 6 pending of 10' })).toBeVisible();
  expect(await statusCounts(generated)).toEqual({ approved: 3, rejected: 1, pending: 6 });

  // k goes back to the rejected one, with its reason; ? lists the shortcuts.
  await page.keyboard.press('k');
  await position(page, 4, 10);
  await expect(page.getByText('Rejected for: incoherent')).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Approve');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The export download holds exactly the three approved problems.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download JSONL' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  const lines = file
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { messages: Array<{ role: string; content: string }> });
  expect(lines).toHaveLength(3);
  for (const line of lines) expect(line.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
});

test('bulk approve over a filter changes exactly the matching problems, on every page', async ({ page }) => {
  const bulk = seeded[BULK] ?? [];
  expect(bulk).toHaveLength(12);
  const expected = bulk.filter((p) => p.coherence <= 0.2).length;
  expect(expected).toBeGreaterThan(1);
  await page.goto(`/review?batch=${BULK}&coherenceMax=0.2&mode=list&pageSize=25`);
  await nameReviewer(page, 'Grace');
  await expect(page.getByText(`${expected} match the filter`)).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(expected + 1);

  await page.getByRole('button', { name: `Approve all ${expected} matching…` }).click();
  const confirm = page.getByRole('dialog', { name: 'Approve all matching' });
  await expect(confirm.getByRole('heading')).toHaveText(`Approve ${expected} problems?`);
  await confirm.getByRole('button', { name: `Approve ${expected}` }).click();
  await expect(page.getByText(`Approved ${expected} problem(s).`)).toBeVisible();
  await expect(page.getByText('0 match the filter')).toBeVisible();
  expect(await statusCounts(BULK)).toEqual({ approved: expected, pending: 12 - expected });
  await expect(
    page.getByRole('progressbar', { name: `${expected} approved, 0 rejected, ${12 - expected} pending of 12` }),
  ).toBeVisible();
});

test('two reviewers edit the same problem: the second sees the conflict with the first change, which survives', async ({
  browser,
}) => {
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const ada = await first.newPage();
  const grace = await second.newPage();
  for (const [page, name] of [
    [ada, 'Ada'],
    [grace, 'Grace'],
  ] as const) {
    await page.goto(`/review?batch=${CONFLICT}`);
    await nameReviewer(page, name);
    await position(page, 1, 2);
    await page.keyboard.press('e');
    await expect(page.getByRole('textbox', { name: 'Statement (markdown)' })).toBeFocused();
    await page.keyboard.type(`\n\nNote from ${name}.`);
  }
  await ada.keyboard.press('Control+Enter');
  await expect(ada.getByRole('region', { name: 'Statement' })).toContainText('Note from Ada.');

  await grace.keyboard.press('Control+Enter');
  const conflict = grace.getByRole('alert', { name: 'Conflict' });
  await expect(conflict).toContainText('changed by Ada');
  await expect(conflict).toContainText('Ada edited it (revision 1)');
  await expect(conflict.getByRole('figure', { name: 'Their statement → yours' }).locator('ins')).toContainText([
    'Note from Grace.',
  ]);
  // Grace's draft is still in her editor; the stored problem has Ada's edit only.
  await expect(grace.getByRole('textbox', { name: 'Statement (markdown)' })).toHaveValue(/Note from Grace\.$/);
  const [row] = await query<{ problem: { statement: string; version: number }; revisions: number }>('review-stored', {
    key: `${CONFLICT}/0`,
  });
  expect(row!.problem.statement).toContain('Note from Ada.');
  expect(row!.problem.statement).not.toContain('Note from Grace.');
  expect(row!.problem.version).toBe(2);
  await Promise.all([first.close(), second.close()]);
});

test('the Explore details panel lists the problems that used an element, with their status', async ({ page }) => {
  const approved = await fetch(`${APP}/api/problems/${encodeURIComponent(`${BATCH}/0`)}/review`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'approve', version: 1, reviewer: 'Linus' }),
  });
  expect(approved.status).toBe(200);
  const [problem] = await query<{ problem: { scenarioKey: string; title: string; status: string } }>('review-stored', {
    key: `${BATCH}/0`,
  });
  const scenario = problem!.problem.scenarioKey;
  await page.goto(`/explore?${new URLSearchParams({ focus: `Scenario:${scenario}` })}`);
  await page.getByText(/Nodes in view/).click();
  await page.getByRole('list', { name: 'Nodes in view' }).getByRole('button', { name: scenario, exact: true }).click();
  const section = page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('region', { name: 'Problems using this element' });
  await expect(section).toContainText(/approved · \d+ rejected · \d+ pending/);
  const item = section.getByRole('listitem').filter({ hasText: problem!.problem.title }).filter({ hasText: BATCH });
  await expect(item).toContainText('approved');
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/review\?/);
  await nameReviewer(page, 'Linus');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(problem!.problem.title);
});
