import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { closeNeo4j, query } from './support/neo4j';
import { seedSampleGraph } from './support/seed';

// The uploaded documents are new to a freshly seeded sample graph, in every run.
test.beforeAll(seedSampleGraph);
test.afterAll(closeNeo4j);

test('upload documents, watch the run, and find them in the graph', async ({ page }, testInfo) => {
  const lines = readFileSync('data/sample/documents.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 12);
  const renamed = lines.map((line) => {
    const doc = JSON.parse(line) as { id: string };
    return JSON.stringify({ ...doc, id: `e2e-${doc.id}` });
  });
  const upload = [...renamed, renamed[0]!.replace('"e2e-so-0001"', '"e2e-copy"'), '{"id": "broken",'].join('\n');
  // Runs are listed from the database, across repeats of this spec: a file name of its own finds this one.
  const fileName = `e2e-documents-${Date.now().toString(36)}.jsonl`;

  await page.goto('/ingest');
  await expect(page.getByRole('heading', { name: 'Ingest documents' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start extraction' })).toBeEnabled();
  await page
    .getByLabel('Documents file')
    .setInputFiles({ name: fileName, mimeType: 'application/x-ndjson', buffer: Buffer.from(upload) });
  await page.getByRole('button', { name: 'Start extraction' }).click();

  const run = page.getByRole('article', { name: `Run ${fileName}` });
  await expect(run).toBeVisible();
  // One line is broken: the run finishes, and says so, not "done".
  await expect(run.getByLabel('Run state')).toHaveText('finished with 1 bad line', { timeout: 60_000 });
  await expect(run.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await expect(run.getByRole('progressbar')).toHaveClass(/progress-partial/);
  await expect(run.getByRole('status', { name: 'Outcome' })).toHaveText('1 line was not valid and skipped.');
  await expect(run).toContainText('Extracted by the SCoGen stub, not a model');
  const curation = run.getByLabel('Curation');
  await expect(curation).toContainText('Kept12');
  await expect(curation).toContainText('Bad lines1');
  await expect(curation).toContainText('1 exact');
  await expect(run.getByLabel('Bad lines')).toContainText('line 14');
  await expect(run.getByLabel('Extraction summary')).toContainText('Extracted12');

  const screenshot = testInfo.outputPath('ingest.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('ingest', { path: screenshot, contentType: 'image/png' });

  const [row] = await query<{ documents: number; mentions: number }>('documents-with-prefix', { prefix: 'e2e-' });
  expect(row!.documents).toBe(12);
  expect(row!.mentions).toBeGreaterThan(12);
});

async function upload(page: Page, fileName: string, text: string): Promise<void> {
  await page
    .getByLabel('Documents file')
    .setInputFiles({ name: fileName, mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
}

test('a file whose every line is invalid ends as failed, with a red bar, the reason and the lines', async ({
  page,
}) => {
  const fileName = `e2e-all-bad-${Date.now().toString(36)}.jsonl`;
  await page.goto('/ingest');
  await expect(page.getByRole('button', { name: 'Start extraction' })).toBeEnabled();
  await upload(page, fileName, '{"id": "broken",\n{"id": "no-title", "source": "other", "body": "x"}\n');
  await page.getByRole('button', { name: 'Start extraction' }).click();

  const run = page.getByRole('article', { name: `Run ${fileName}` });
  await expect(run.getByLabel('Run state')).toHaveText('failed', { timeout: 60_000 });
  await expect(run.getByRole('progressbar')).toHaveClass(/progress-failed/);
  await expect(run.getByRole('alert', { name: 'Outcome' })).toContainText(
    'Every line of the file is invalid (2 of 2): nothing was extracted.',
  );
  const bad = run.getByLabel('Bad lines', { exact: true });
  await expect(bad.getByRole('listitem')).toHaveCount(2);
  await expect(bad).toContainText('line 1');
  await expect(bad).toContainText('line 2');
  await expect(run.getByText('done', { exact: true })).toHaveCount(0);
});

test('"Choose a file first" shows by the file field only when no file is chosen, and clears when one is', async ({
  page,
}) => {
  await page.goto('/ingest');
  const start = page.getByRole('button', { name: 'Start extraction' });
  await expect(start).toBeEnabled();
  const field = page.getByLabel('Documents file');
  const message = page.getByRole('alert').filter({ hasText: 'Choose a documents.jsonl file first.' });
  await expect(message).toHaveCount(0);

  await start.click();
  await expect(message).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Choose a documents.jsonl file first.');

  await upload(page, 'e2e-chosen.jsonl', '{}\n');
  await expect(message).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
});
