import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Neighbourhood } from '@/lib/graph/explore-types';
import { seedSampleGraph } from './support/seed';

const SCENARIO = 'Scenario:retail demand forecasting';
const EXPAND = 'CodingSkill:pandas groupby aggregation';

test.beforeAll(seedSampleGraph);

async function neighbourhood(request: APIRequestContext, id: string, limit = 50): Promise<Neighbourhood> {
  const response = await request.get(
    `/api/elements/neighbourhood?${new URLSearchParams({ id, limit: String(limit) })}`,
  );
  expect(response.ok()).toBeTruthy();
  return (await response.json()) as Neighbourhood;
}

/** Union of neighbourhoods the way the page merges them: nodes by id, one edge per unordered pair. */
function union(...parts: Neighbourhood[]) {
  const nodes = new Map(parts.flatMap((p) => p.nodes.map((n) => [n.id, n] as const)));
  const edges = new Map<string, number>();
  for (const e of parts.flatMap((p) => p.edges)) {
    const key = [e.source, e.target].sort().join('|');
    edges.set(key, Math.max(edges.get(key) ?? 0, e.weight));
  }
  return { nodes, edges };
}

async function counts(page: Page) {
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-laid-out', 'true');
  return {
    nodes: Number(await canvas.getAttribute('data-node-count')),
    edges: Number(await canvas.getAttribute('data-edge-count')),
  };
}

test('explore a scenario neighbourhood: search, expand, filter, share', async ({
  page,
  request,
  context,
}, testInfo) => {
  const focus = await neighbourhood(request, SCENARIO);
  await page.goto('/explore');
  // The empty state lists top scenarios once the client has rendered (and keyboard shortcuts are live).
  await expect(page.getByRole('heading', { name: 'Pick an element to explore' })).toBeVisible();
  await expect(page.getByRole('button', { name: /retail demand forecasting/ })).toBeVisible();

  // Search with the keyboard: "/" focuses the box, Enter opens the highlighted hit.
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search elements' })).toBeFocused();
  await page.keyboard.type('retail demand fore');
  await expect(page.getByRole('option', { name: /retail demand forecasting/i })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/focus=Scenario%3Aretail/);

  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-node-count', String(focus.nodes.length));
  await expect(canvas).toHaveAttribute('data-edge-count', String(focus.edges.length));
  expect(focus.nodes.length).toBeGreaterThan(10);

  // Expand: select a node from the accessible list, press Enter; new nodes appear, nothing is lost.
  const expandedPart = await neighbourhood(request, EXPAND);
  const merged = union(focus, expandedPart);
  expect(merged.nodes.size).toBeGreaterThan(focus.nodes.length);
  await page.getByText(/Nodes in view/).click();
  await page
    .getByRole('list', { name: 'Nodes in view' })
    .getByRole('button', { name: 'pandas groupby aggregation', exact: true })
    .click();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { name: /pandas groupby aggregation/i }),
  ).toBeVisible();
  await page
    .getByRole('list', { name: 'Nodes in view' })
    .getByRole('button', { name: 'pandas groupby aggregation', exact: true })
    .blur();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/expand=CodingSkill%3Apandas/);
  await expect(canvas).toHaveAttribute('data-node-count', String(merged.nodes.size));
  await expect(canvas).toHaveAttribute('data-edge-count', String(merged.edges.size));

  // Raise the minimum weight: exactly the lighter edges disappear.
  const min = 3;
  await page.getByRole('slider', { name: 'Minimum weight' }).fill(String(min));
  const heavy = [...merged.edges.values()].filter((w) => w >= min).length;
  expect(heavy).toBeLessThan(merged.edges.size);
  await expect(canvas).toHaveAttribute('data-edge-count', String(heavy));

  // Hide a type: its nodes (and their edges) go.
  await page.getByRole('checkbox', { name: 'Show Domain knowledge' }).uncheck();
  const withoutKnowledge = [...merged.nodes.values()].filter((n) => n.type !== 'Knowledge').length;
  await expect(canvas).toHaveAttribute('data-node-count', String(withoutKnowledge));
  const shown = await counts(page);

  const screenshot = testInfo.outputPath('explore.png');
  await page.screenshot({ path: screenshot });
  await testInfo.attach('explore', { path: screenshot, contentType: 'image/png' });

  // Exports: a PNG of the view and the visible elements as JSON.
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
  expect(png.suggestedFilename()).toBe('scogen-graph.png');
  const pngPath = testInfo.outputPath('export.png');
  await png.saveAs(pngPath);
  expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
  const exported = JSON.parse(readFileSync(await json.path(), 'utf8')) as Array<{ group: string }>;
  expect(exported.filter((e) => e.group === 'nodes').length).toBe(shown.nodes);
  expect(exported.filter((e) => e.group === 'edges').length).toBe(shown.edges);

  // The URL holds the whole view: a fresh page on the copied link shows the same graph.
  const copied = page.url();
  const again = await context.newPage();
  await again.goto(copied);
  const againCanvas = again.getByTestId('graph-canvas');
  await expect(againCanvas).toHaveAttribute('data-laid-out', 'true');
  await expect(againCanvas).toHaveAttribute('data-node-count', String(shown.nodes));
  await expect(againCanvas).toHaveAttribute('data-edge-count', String(shown.edges));
  await expect(again.getByRole('checkbox', { name: 'Show Domain knowledge' })).not.toBeChecked();
  await again.close();

  // Back goes to the view before the expansion.
  await page.goBack();
  await expect(page).not.toHaveURL(/expand=/);
  await expect(canvas).toHaveAttribute('data-node-count', String(focus.nodes.length));
});

test('details panel shows P1 per neighbour and opens a source document', async ({ page }) => {
  await page.goto(`/explore?${new URLSearchParams({ focus: SCENARIO })}`);
  await page.getByText(/Nodes in view/).click();
  await page
    .getByRole('list', { name: 'Nodes in view' })
    .getByRole('button', { name: 'retail demand forecasting', exact: true })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('table', { name: 'Top Coding skill neighbours' })).toBeVisible();
  await expect(
    details.getByRole('table', { name: 'Top Coding skill neighbours' }).getByRole('cell', { name: /%$/ }).first(),
  ).toBeVisible();
  await details.getByRole('list').getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('document-body')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('escape clears the selection and f fits without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/explore?${new URLSearchParams({ focus: SCENARIO, limit: '25' })}`);
  await page.getByText(/Nodes in view/).click();
  await page.getByRole('list', { name: 'Nodes in view' }).getByRole('button').nth(3).click();
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
  await page.keyboard.press('f');
  expect(errors).toEqual([]);
});
