// npm run bench:first-load — how long each page takes to show its content in headless Chromium:
// cold (the first visit after `next start`, with an empty browser cache) beside warm (later
// visits in a fresh browser context, so the server is warm but the browser cache is not), on the
// sample graph. "Ready" is the load event plus no "Loading…"/"Checking…" placeholder left.
import { chromium, type Browser } from '@playwright/test';
import { describeTimes } from './support/measure';
import { startNextServer } from './support/next-server';
import { ensureProductionBuild } from '../../lib/cli/next-build';
import { runCli } from '../../lib/cli/run';
import { closeDriver } from '../../lib/db/driver';
import { localDbOf, startLocal } from '../../lib/db/local-neo4j';
import { applySchema } from '../../lib/db/schema';
import { forgetServerEnv, parseEnv, serverEnv } from '../../lib/env';
import { loadSampleIfEmpty } from '../../lib/graph/sample-corpus';

const DB_PORT = '7698';
const APP_PORT = 3230;
const PAGES = ['/', '/ingest', '/explore', '/sampler', '/batches', '/review', '/quality'];
const WARM_RUNS = 4;

async function visit(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.locator('main').waitFor({ timeout: 60_000 });
  await page
    .getByText(/^(Loading|Checking)\b/)
    .first()
    .waitFor({ state: 'detached', timeout: 60_000 });
  const elapsed = performance.now() - started;
  await context.close();
  return elapsed;
}

runCli(async () => {
  ensureProductionBuild();
  const env = parseEnv({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_LOCAL_PORT: DB_PORT,
    NEO4J_LOCAL_DATA_DIR: '.data/neo4j-bench-first-load',
  });
  delete process.env.NEO4J_USERNAME;
  delete process.env.NEO4J_PASSWORD;
  delete process.env.NEO4J_DATABASE;
  const uri = `bolt://127.0.0.1:${DB_PORT}`;
  process.env.NEO4J_URI = uri;
  forgetServerEnv();
  await startLocal(localDbOf(env), { log: () => {} });
  await applySchema();
  await loadSampleIfEmpty();
  await closeDriver();
  const browser = await chromium.launch({
    executablePath: serverEnv().CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const server = await startNextServer(APP_PORT, uri);
  try {
    console.log('first load of each page, sample graph (cold = first visit after next start):');
    const cold = new Map<string, number>();
    for (const path of PAGES) cold.set(path, await visit(browser, `${server.url}${path}`));
    for (const path of PAGES) {
      const warm: number[] = [];
      for (let i = 0; i < WARM_RUNS; i += 1) warm.push(await visit(browser, `${server.url}${path}`));
      console.log(
        `  ${path.padEnd(9)} cold ${cold.get(path)!.toFixed(0).padStart(5)} ms   warm ${describeTimes(warm)}`,
      );
    }
  } finally {
    server.stop();
    await browser.close();
  }
});
