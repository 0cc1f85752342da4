import { expect, test } from '@playwright/test';
import { closeNeo4j, query } from './support/neo4j';
import { seedSampleGraph } from './support/seed';

test.beforeAll(seedSampleGraph);
test.afterAll(closeNeo4j);

const format = (n: number) => n.toLocaleString('en-US');

test('home page shows the live graph statistics held in Neo4j', async ({ page }, testInfo) => {
  const counts = new Map(
    (await query<{ label: string; count: number }>('independent-counts')).map((r) => [r.label, r.count]),
  );
  const [edges] = await query<{ edges: number; distinctPairs: number }>('independent-edges');
  const degrees = new Map(
    (await query<{ name: string; degree: number }>('independent-degrees')).map((r) => [r.name, r.degree]),
  );
  expect(counts.get('Document')).toBeGreaterThanOrEqual(300);
  expect(edges!.edges).toBe(edges!.distinctPairs);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Scenario graph' })).toBeVisible();
  const stat = (label: string) => page.getByRole('group', { name: label, exact: true }).getByTestId('stat-value');

  await expect(stat('Documents')).toHaveText(format(counts.get('Document')!));
  await expect(stat('Co-occurrence edges')).toHaveText(format(edges!.edges));
  await expect(stat('Application scenario')).toHaveText(format(counts.get('Scenario')!));
  await expect(stat('Domain knowledge')).toHaveText(format(counts.get('Knowledge')!));
  await expect(stat('Domain skill')).toHaveText(format(counts.get('DomainSkill')!));
  await expect(stat('Coding skill')).toHaveText(format(counts.get('CodingSkill')!));

  const rows = page.getByRole('table', { name: 'Top scenarios by degree' }).locator('tbody tr');
  await expect(rows).toHaveCount(10);
  const expectedTop = [...degrees.values()].sort((a, b) => b - a).slice(0, 10);
  const shown: number[] = [];
  for (const row of await rows.all()) {
    const cells = row.getByRole('cell');
    const name = (await cells.nth(1).textContent())!;
    const degree = Number((await cells.nth(3).textContent())!.replace(/,/g, ''));
    expect(degrees.get(name), `degree of ${name}`).toBe(degree);
    shown.push(degree);
  }
  expect(shown).toEqual(expectedTop);

  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' })).toBeVisible();
  // Tests run against the LLM stub: the header and the overview say plainly that it is not a model.
  await expect(page.getByRole('status', { name: 'LLM: stub, not a model' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'LLM endpoint' })).toContainText(
    'is the SCoGen test stub, not a model',
  );
  const screenshot = testInfo.outputPath('home.png');
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach('home', { path: screenshot, contentType: 'image/png' });
});

test('start-here path shows live state on each step and moves on when a batch runs', async ({ page, request }) => {
  test.setTimeout(150_000);
  const counts = new Map(
    (await query<{ label: string; count: number }>('independent-counts')).map((r) => [r.label, r.count]),
  );
  await page.goto('/');
  const path = page.getByRole('region', { name: 'Start here' });
  const step = (title: string) =>
    path.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

  await expect(step('Get documents in')).toContainText(`${format(counts.get('Document')!)} documents in the graph.`);
  await expect(step('Get documents in')).toContainText('(done)');
  // The seeded graph has no batch yet: exploring is the next step, and launching says what is missing.
  await expect(step('Explore a scenario')).toHaveAttribute('aria-current', 'step');
  await expect(path.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(step('Launch a batch')).toContainText('No batch yet');
  await expect(step('Review and export')).toContainText('No problems yet');
  const explore = step('Explore a scenario').getByRole('link');
  await expect(explore).toHaveAttribute('href', /^\/explore\?focus=Scenario%3A/);

  const launched = await request.post('/api/batches', {
    data: { selection: 'all', complexity: 'C2', count: 3, seed: 77, name: 'e2e start path' },
  });
  expect(launched.status()).toBe(201);
  const { id } = (await launched.json()) as { id: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/batches/${id}`)).json()) as { status: string }).status, {
      timeout: 60_000,
    })
    .toBe('done');
  const stored = Object.fromEntries(
    (await query<{ status: string; n: number }>('review-status-counts', { batch: id })).map((r) => [r.status, r.n]),
  );
  expect(stored.pending).toBeGreaterThan(0);

  // No reload: the path polls, so the new batch and its pending problems show up on the open page.
  await expect(step('Launch a batch')).toContainText('1 batch', { timeout: 20_000 });
  await expect(step('Launch a batch')).toContainText('(done)');
  await expect(step('Review and export')).toContainText(`${format(stored.pending!)} pending, 0 approved, 0 rejected`, {
    timeout: 20_000,
  });
  await expect(step('Review and export')).toHaveAttribute('aria-current', 'step');
  await expect(step('Review and export').getByRole('link')).toHaveAttribute('href', '/review?status=pending');
});
