import { expect, test, type Page } from '@playwright/test';
import type { CodeNeighbourhood } from '@/lib/codebase/explore-types';
import { seedCodebase, seedSampleGraph } from './support/seed';

// The integration tests' fixture package (tests/fixtures/codebase/explore/shelf), loaded beside the sample corpus.
const CB = 'shelf@1.0.0';
const BOX = `CodeClass:${CB}:shelf.box.Box`;
const CONTAINER = `CodeClass:${CB}:shelf.base.Container`;

test.beforeAll(() => {
  seedSampleGraph();
  seedCodebase('tests/fixtures/codebase/explore', 'shelf');
});

async function expectGraph(page: Page, expected: CodeNeighbourhood) {
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-laid-out', 'true');
  await expect(canvas).toHaveAttribute('data-node-count', String(expected.nodes.length));
  await expect(canvas).toHaveAttribute('data-edge-count', String(expected.edges.length));
}

test('explore a code graph: choose the codebase, search a class, its methods and base, its details', async ({
  page,
  request,
}, testInfo) => {
  const response = await request.get(`/api/codebases/neighbourhood?${new URLSearchParams({ id: BOX })}`);
  expect(response.ok()).toBeTruthy();
  const expected = (await response.json()) as CodeNeighbourhood;

  // The scenario graph stays the default.
  await page.goto('/explore');
  await expect(page.getByRole('heading', { name: 'Pick an element to explore' })).toBeVisible();
  const chooser = page.getByRole('combobox', { name: 'Graph', exact: true });
  await expect(chooser).toHaveValue('');
  await expect(chooser.getByRole('option', { name: `${CB} · 4 modules, 4 classes, 7 functions` })).toBeAttached();

  // Choose the codebase: it goes into the URL, and the empty state offers its classes.
  await chooser.selectOption(`codebase:${CB}`);
  await expect(page).toHaveURL(/graph=codebase%3Ashelf%401\.0\.0/);
  await expect(page.getByRole('heading', { name: `Pick a module, class or function of ${CB}` })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Show Class' })).toBeChecked();

  // Search a class and open its neighbourhood.
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search code' })).toBeFocused();
  await page.keyboard.type('Box');
  await expect(page.getByRole('option', { name: /^Box\b/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/focus=CodeClass%3Ashelf%401\.0\.0%3Ashelf\.box\.Box/);
  await expectGraph(page, expected);
  await expect(page.getByRole('img', { name: `Code graph of ${CB}: ${expected.nodes.length} nodes` })).toBeVisible();

  // Its methods, nested class, module and base class are the nodes in view.
  await page.getByText(/Nodes in view/).click();
  const nodes = page.getByRole('list', { name: 'Nodes in view' });
  for (const name of ['Box', 'put', 'size', '__init__', 'Lid', 'Container', 'shelf.box', 'make_box', 'fill'])
    await expect(nodes.getByRole('button', { name, exact: true })).toBeVisible();
  // The legend says how each relationship is drawn.
  const legend = page.getByRole('complementary', { name: 'How to read the code graph' });
  for (const rel of ['CONTAINS', 'INHERITS', 'CALLS', 'RETURNS', 'ACCEPTS', 'IMPORTS'])
    await expect(legend.getByText(rel, { exact: true })).toBeVisible();

  // A method's details: signature, docstring, highlighted source span.
  await nodes.getByRole('button', { name: 'put', exact: true }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'put', exact: true })).toBeVisible();
  await expect(details.getByText('Method', { exact: true })).toBeVisible();
  await expect(details.getByLabel('Signature')).toHaveText(/^def put\(self, item: Item\)/);
  await expect(details.getByLabel('Docstring')).toHaveText('Puts an item in the box and returns the box.');
  const source = details.getByLabel('Source of shelf.box.Box.put');
  await expect(source).toContainText('self.items.append(item)');
  await expect(source.locator('.hljs-keyword').first()).toBeVisible();
  await expect(details.getByRole('region', { name: 'Source' })).toContainText('shelf/box.py:');
  const shot = testInfo.outputPath('codebase-explore.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('codebase-explore', { path: shot, contentType: 'image/png' });

  // The class's details: docstring, base; its base is one click away.
  await nodes.getByRole('button', { name: 'Box', exact: true }).click();
  await expect(details.getByRole('heading', { name: 'Box', exact: true })).toBeVisible();
  await expect(details.getByLabel('Docstring')).toHaveText('A box of items.');
  await expect(details.getByLabel('Bases')).toHaveText('Container');
  await details
    .getByRole('region', { name: 'Inherits from' })
    .getByRole('button', { name: 'Container', exact: true })
    .click();
  await expect(page).toHaveURL(/focus=CodeClass%3Ashelf%401\.0\.0%3Ashelf\.base\.Container/);
  await expect(details.getByRole('heading', { name: 'Container', exact: true })).toBeVisible();
  const base = (await (
    await request.get(`/api/codebases/neighbourhood?${new URLSearchParams({ id: CONTAINER })}`)
  ).json()) as CodeNeighbourhood;
  await expectGraph(page, base);
  await expect(details.getByRole('region', { name: 'Subclasses' })).toContainText('Box');

  // Back returns to the class.
  await page.goBack();
  await expect(page).toHaveURL(/focus=CodeClass%3Ashelf%401\.0\.0%3Ashelf\.box\.Box/);
  await expectGraph(page, expected);
});

test('a link of the form the review page writes opens the code node with its details', async ({ page, request }) => {
  const expected = (await (
    await request.get(`/api/codebases/neighbourhood?${new URLSearchParams({ id: BOX })}`)
  ).json()) as CodeNeighbourhood;
  await page.goto(`/explore?graph=codebase:${CB}&focus=${BOX}`);
  await expectGraph(page, expected);
  await expect(page.getByRole('combobox', { name: 'Graph', exact: true })).toHaveValue(`codebase:${CB}`);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Box', exact: true })).toBeVisible();
  await expect(details.getByTestId('code-qualname')).toHaveText('shelf.box.Box');

  // Back to the scenario graph: the code view goes, the scenario empty state comes.
  await page.getByRole('combobox', { name: 'Graph', exact: true }).selectOption('');
  await expect(page.getByRole('heading', { name: 'Pick an element to explore' })).toBeVisible();
  await expect(page).not.toHaveURL(/graph=/);
});
