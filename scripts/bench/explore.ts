// npm run bench:explore — neighbourhood API latency (top 50 / top 500) on the sample graph and on
// the 100,000-document synthetic graph, beside the naive query; layout quality (distinct positions,
// overlapping node pairs) and layout time of the d3-force layout beside the old fcose one on the
// same views; and, in headless Chromium, time to a laid-out view of 50–1,000 nodes with the
// quality of what the page drew (distinct positions, node overlaps, label overlaps in the fitted view).
// `npm run bench:explore -- --render-only` measures only the renders, on the synthetic graph.
import { chromium } from '@playwright/test';
import { forceLayout, type Positions } from '../../components/graph/layout';
import {
  boxOverlaps,
  distinctShare,
  nodeOverlaps,
  type Box,
  type PlacedNode,
} from '../../components/graph/layout-quality';
import type { Neighbourhood } from '../../lib/graph/explore-types';
import { toElements, type GraphElement } from '../../lib/graph/to-elements';
import { oldFcoseLayout } from './support/layout-baseline';
import { describeTimes, percentile, timeCalls } from './support/measure';
import { startNextServer } from './support/next-server';
import { BENCH_PORT, ensureSyntheticGraph } from './support/synthetic-graph';
import { ensureProductionBuild } from '../../lib/cli/next-build';
import { runCli } from '../../lib/cli/run';
import { cypher } from '../../lib/db/cypher';
import { closeDriver, getDriver } from '../../lib/db/driver';
import { localDbOf, startLocal } from '../../lib/db/local-neo4j';
import { applySchema } from '../../lib/db/schema';
import { parseEnv, serverEnv } from '../../lib/env';
import { loadSampleIfEmpty } from '../../lib/graph/sample-corpus';
import { topScenariosByDegree } from '../../lib/graph/stats';

const SAMPLE_PORT = '7697';
const VIEW_LIMITS = [50, 200, 500, 1000];
const RUNS = 200;
/** Page loads per view; the first warms the server and the bundle and is not counted. */
const RENDER_RUNS = 6;
const RENDER_ONLY = process.argv.includes('--render-only');
/** --docs N: measure the ≥ N-document graph bench:ingest --bulk --docs N --keep left in the bench database. */
const DOCS_ARG = process.argv.indexOf('--docs');
const DOCS = DOCS_ARG === -1 ? undefined : Number(process.argv[DOCS_ARG + 1]);
const CHROMIUM = serverEnv().CHROMIUM_PATH;
const SCREENSHOTS = serverEnv().EXPLORE_SCREENSHOTS;

interface GraphUnderTest {
  name: string;
  uri: string;
  prepare(): Promise<void>;
}

async function measureGraph(graph: GraphUnderTest, appPort: number): Promise<void> {
  await closeDriver();
  process.env.NEO4J_URI = graph.uri;
  await graph.prepare();
  const coldScenarios = (await topScenariosByDegree(RUNS)).map((s) => s.key);
  const densest = coldScenarios[0]!;
  const server = await startNextServer(appPort, graph.uri);
  try {
    console.log(`\n${graph.name} (densest scenario "${densest}")`);
    for (const limit of RENDER_ONLY ? [] : [50, 500]) {
      const request = async (scenario: string) => {
        const response = await fetch(
          `${server.url}/api/elements/neighbourhood?${new URLSearchParams({ id: `Scenario:${scenario}`, limit: String(limit) })}`,
        );
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        await response.json();
      };
      // Cold: each scenario's first request (a cache miss in the server); warm: repeats.
      const cold = await timeCalls(Math.min(RUNS, coldScenarios.length), 0, (i) => request(coldScenarios[i]!));
      const warm = await timeCalls(RUNS, 20, (i) => request(coldScenarios[i % Math.min(40, coldScenarios.length)]!));
      const naive = await timeCalls(Math.min(RUNS, 60), 5, (i) =>
        getDriver().executeQuery(cypher('bench/naive-neighbourhood'), {
          type: 'Scenario',
          key: coldScenarios[i % coldScenarios.length],
          limit,
        }),
      );
      console.log(`  top ${String(limit).padEnd(3)} neighbourhood API, cold: ${describeTimes(cold)}`);
      console.log(`                            warm: ${describeTimes(warm)}`);
      console.log(
        `          naive query alone (no HTTP): ${describeTimes(naive)}  → cold API p95 is ${(percentile(naive, 95) / percentile(cold, 95)).toFixed(1)}x the naive query's speed`,
      );
    }
    if (!RENDER_ONLY) {
      const health = await timeCalls(100, 10, () => fetch(`${server.url}/api/health`).then((r) => r.json()));
      console.log(`  HTTP floor (/api/health):   ${describeTimes(health)}`);
    }
    // Layout and render on the densest hub of any type (the sample's is a coding skill with 257 neighbours).
    const hub = (await getDriver().executeQuery(cypher('bench/densest-element'), {})).records[0]!.toObject();
    console.log(`  densest hub: "${hub.id}", ${hub.degree} neighbours`);
    if (!RENDER_ONLY) await measureLayouts(server.url, hub.id);
    await measureRender(server.url, hub.id, graph.name.split(' ')[0]!);
  } finally {
    server.stop();
  }
}

async function viewElements(url: string, id: string, limit: number): Promise<GraphElement[]> {
  const response = await fetch(
    `${url}/api/elements/neighbourhood?${new URLSearchParams({ id, limit: String(limit) })}`,
  );
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const data = (await response.json()) as Neighbourhood;
  return toElements(data.nodes, data.edges, id);
}

function quality(elements: GraphElement[], positions: Positions) {
  const nodes: PlacedNode[] = elements
    .filter((e) => e.group === 'nodes')
    .map((e) => ({ id: e.data.id, size: e.data.size ?? 20, ...positions[e.data.id]! }));
  return `${(100 * distinctShare(nodes)).toFixed(1)}% distinct, ${nodeOverlaps(nodes)} overlapping pairs`;
}

/** The same views laid out by the old fcose configuration and by the d3-force layout, in Node. */
async function measureLayouts(url: string, focus: string): Promise<void> {
  console.log('  layout of the same view, old fcose (draft above 200 nodes) → d3-force:');
  for (const limit of VIEW_LIMITS) {
    const elements = await viewElements(url, focus, limit);
    const nodes = elements.filter((e) => e.group === 'nodes');
    const edges = elements.filter((e) => e.group === 'edges');
    const request = {
      nodes: nodes.map((e) => ({ id: e.data.id, size: e.data.size ?? 20 })),
      edges: edges.map((e) => ({ source: e.data.source!, target: e.data.target!, weight: e.data.weight ?? 1 })),
      centre: focus,
    };
    let started = performance.now();
    const old = oldFcoseLayout(elements);
    const oldMs = performance.now() - started;
    started = performance.now();
    const fresh = forceLayout(request);
    const freshMs = performance.now() - started;
    console.log(
      `    ${String(nodes.length).padStart(4)} nodes, ${String(edges.length).padStart(5)} edges: ` +
        `fcose ${oldMs.toFixed(0)} ms, ${quality(elements, old)}  →  d3-force ${freshMs.toFixed(0)} ms, ${quality(elements, fresh)}`,
    );
  }
}

interface Snapshot {
  nodes: PlacedNode[];
  labels: Box[];
}

async function measureRender(url: string, focus: string, label: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    for (const limit of VIEW_LIMITS) {
      const times: number[] = [];
      let nodes = 0;
      let edges = 0;
      let view: Snapshot | null = null;
      const phases: Array<
        Record<
          'dom' | 'canvas' | 'workerStart' | 'workerEnd' | 'layoutStart' | 'layoutEnd' | 'drawn' | 'laidOut',
          number
        >
      > = [];
      for (let run = 0; run < RENDER_RUNS; run += 1) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const started = performance.now();
        await page.goto(`${url}/explore?${new URLSearchParams({ focus, limit: String(limit) })}`);
        const canvas = page.getByTestId('graph-canvas');
        // Checked on every animation frame: a locator's waitFor polls at 0.1–0.5 s intervals, which once
        // added up to half a second to these figures.
        await page.waitForFunction(
          () => document.querySelector('[data-testid="graph-canvas"][data-laid-out="true"]') !== null,
          undefined,
          { polling: 'raf', timeout: 60_000 },
        );
        const total = performance.now() - started;
        if (run > 0) times.push(total); // the first run warms the server and the bundle
        // Where the time goes, from the page's own clocks (ms since navigation start).
        // A string, not a function: tsx would wrap an inner arrow in a helper the page does not have.
        const marks = (await page.evaluate(`(() => {
          const last = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
          return {
            dom: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
            canvas: last('explore:canvas-ready'),
            workerStart: last('explore:worker-start'),
            workerEnd: last('explore:worker-end'),
            layoutStart: last('explore:layout-start'),
            layoutEnd: last('explore:layout-end'),
            drawn: last('explore:drawn'),
            laidOut: last('explore:laid-out'),
          };
        })()`)) as (typeof phases)[number];
        if (run > 0) phases.push(marks);
        nodes = Number(await canvas.getAttribute('data-node-count'));
        edges = Number(await canvas.getAttribute('data-edge-count'));
        view = await page.evaluate(() =>
          (window as unknown as { scogenExplore: { snapshot(): Snapshot } }).scogenExplore.snapshot(),
        );
        // EXPLORE_SCREENSHOTS=<dir> keeps a picture of each view, to look at.
        if (run === RENDER_RUNS - 1 && SCREENSHOTS) {
          await page.screenshot({ path: `${SCREENSHOTS}/explore-${label}-${limit}.png` });
        }
        await page.close();
      }
      const drawn = view!;
      console.log(
        `  first complete render, ${nodes} nodes, ${edges} edges: ${describeTimes(times)} (navigation → laid out and drawn); ` +
          `on the page: ${(100 * distinctShare(drawn.nodes)).toFixed(1)}% distinct, ${nodeOverlaps(drawn.nodes)} overlapping pairs, ` +
          `${drawn.labels.length} labels drawn with ${boxOverlaps(drawn.labels)} overlaps`,
      );
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const at = (key: keyof (typeof phases)[number]) => median(phases.map((p) => p[key])).toFixed(0);
      console.log(
        `      median timeline (ms from navigation): DOMContentLoaded ${at('dom')}, canvas ready ${at('canvas')}, ` +
          `layout asked for by the canvas ${at('layoutStart')}, ` +
          // No worker marks: the page used the layout the server computed while rendering.
          (Number.isNaN(Number(at('workerStart')))
            ? 'computed on the server, '
            : `computed in the worker ${at('workerStart')}–${at('workerEnd')}, `) +
          `positions on the canvas ${at('layoutEnd')}, first frame drawn ${at('drawn')}, reported laid out ${at('laidOut')}`,
      );
    }
  } finally {
    await browser.close();
  }
}

runCli(async () => {
  ensureProductionBuild();
  const sampleEnv = parseEnv({
    ...process.env,
    NEO4J_URI: undefined,
    NEO4J_LOCAL_PORT: SAMPLE_PORT,
    NEO4J_LOCAL_DATA_DIR: '.data/neo4j-bench-sample',
  });
  delete process.env.NEO4J_USERNAME;
  delete process.env.NEO4J_PASSWORD;
  delete process.env.NEO4J_DATABASE;
  const graphs: GraphUnderTest[] = [
    {
      name: 'sample graph (407 documents)',
      uri: `bolt://127.0.0.1:${SAMPLE_PORT}`,
      prepare: async () => {
        await startLocal(localDbOf(sampleEnv), { log: () => {} });
        await applySchema();
        await loadSampleIfEmpty();
      },
    },
    {
      name: `synthetic graph (${DOCS === undefined ? '100,000' : `≥ ${DOCS.toLocaleString('en-US')}`} documents)`,
      uri: `bolt://127.0.0.1:${BENCH_PORT}`,
      prepare: async () => {
        await ensureSyntheticGraph(console.error, DOCS);
      },
    },
  ];
  let port = 3210;
  for (const graph of RENDER_ONLY ? graphs.slice(1) : graphs) await measureGraph(graph, port++);
  console.log(
    '\ntargets: top-50 API p95 < 50 ms on the synthetic graph; 500-node view rendered < 1.5 s with ≥ 99% distinct positions, no overlapping node pairs and no label overlaps',
  );
});
