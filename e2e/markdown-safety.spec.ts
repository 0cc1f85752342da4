import { expect, test, type Page } from '@playwright/test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Markdown } from '../components/ui/markdown';
import { HOSTILE_MARKDOWN, HOSTILE_WORDS } from '../components/ui/markdown-fixture';

// The payloads in HOSTILE_MARKDOWN set window.__pwned or open an alert if they ever run.
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

/** Loads markup into a blank page and records every dialog and script error it causes. */
async function load(page: Page, body: string) {
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.push(`pageerror: ${error.message}`));
  page.on('console', (message) => events.push(`console.${message.type()}: ${message.text()}`));
  await page.setContent(
    `<!doctype html><html><head><meta charset="utf-8"></head><body><main>${body}</main></body></html>`,
  );
  return events;
}

test('the detector works: the same payload as raw HTML does run', async ({ page }) => {
  await load(page, '<img src="x" onerror="window.__pwned = \'onerror\'">');
  await expect.poll(() => pwned(page)).toBe('onerror');
});

test('model output rendered by the Markdown component runs nothing in a real browser and stays readable', async ({
  page,
}) => {
  const html = renderToStaticMarkup(createElement(Markdown, { source: HOSTILE_MARKDOWN }));
  const events = await load(page, html);
  const main = page.getByRole('main');

  // Hover and click everything that is not a real outbound link, to fire any handler that got through.
  for (const element of await main.locator('*:not(a[href])').all()) {
    await element.hover({ trial: false, timeout: 1_000 }).catch(() => undefined);
    await element.click({ timeout: 1_000 }).catch(() => undefined);
  }

  expect(await pwned(page)).toBeNull();
  expect(events).toEqual([]);
  await expect(page.locator('script, iframe, img, svg, object, embed')).toHaveCount(0);
  expect(await page.locator('[onerror], [onclick], [onload], [onmouseover]').count()).toBe(0);
  for (const href of await main.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))
    expect(href).toMatch(/^https:\/\//);
  for (const word of HOSTILE_WORDS) await expect(main.getByText(word).first()).toBeVisible();
  // The raw HTML is shown as text, so a reader sees what the model wrote.
  await expect(main.getByText('<script>window.__pwned = "script"; alert(1)</script>', { exact: false })).toBeVisible();
});
