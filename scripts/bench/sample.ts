// npm run bench:sample [-- --seconds 3 --requests 200 --keep]
// Sampling speed on the 100,000-document synthetic graph (bench Neo4j, port 7689), each figure beside
// a naive baseline measured in the same run: re-normalizing and drawing with linear scans on every draw.
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { describeTimes, percentile, timeCalls } from './support/measure';
import { startNextServer } from './support/next-server';
import { ensureSyntheticGraph, selectBenchDatabase } from './support/synthetic-graph';
import { ensureProductionBuild } from '../../lib/cli/next-build';
import { formatCount } from '../../lib/cli/progress';
import { runCli } from '../../lib/cli/run';
import { cypher } from '../../lib/db/cypher';
import { closeDriver, getDriver, sessionConfig } from '../../lib/db/driver';
import { serverEnv } from '../../lib/env';
import { stopLocal } from '../../lib/db/local-neo4j';
import { AppError } from '../../lib/domain/errors';
import { queryNeighbourhood } from '../../lib/graph/candidate-query';
import { currentGraphVersion, scenarioCandidates } from '../../lib/graph/candidates';
import { topScenariosByDegree } from '../../lib/graph/stats';
import { prepareScenario } from '../../lib/sampling/combination';
import { FEATURE_TYPES, presetCounts, type FeatureCounts } from '../../lib/sampling/complexity';
import { itemRandom } from '../../lib/sampling/prng';
import { drawItem } from '../../lib/sampling/run';
import { randomStrategy } from '../../lib/sampling/strategies';
import type { Candidate } from '../../lib/sampling/transitions';

const LAMBDA = 0.25;
const TEMPERATURE = 1;
const COUNTS = presetCounts('C3');
const PREVIEW_N = 100;

/**
 * The naive sampler: on every draw, mix P1 and P2, restrict to the type, renormalize, apply T, then
 * draw without replacement by linear scans over the cumulative weights, removing each pick.
 */
function naiveCombination(candidates: readonly Candidate[], counts: FeatureCounts, random: () => number): Candidate[] {
  const picked: Candidate[] = [];
  for (const type of FEATURE_TYPES) {
    const pool: Candidate[] = [];
    const weights: number[] = [];
    let total = 0;
    for (const c of candidates) {
      const p = c.type === type ? (1 - LAMBDA) * c.p1 + LAMBDA * c.p2 : 0;
      if (p <= 0) continue;
      pool.push(c);
      weights.push(p);
      total += p;
    }
    for (let i = 0; i < weights.length; i += 1) weights[i] = Math.pow(weights[i]! / total, 1 / TEMPERATURE);
    for (let k = 0; k < counts[type] && pool.length > 0; k += 1) {
      const sum = weights.reduce((a, b) => a + b, 0);
      let target = random() * sum;
      let index = 0;
      while (index < weights.length - 1 && (target -= weights[index]!) >= 0) index += 1;
      picked.push(pool[index]!);
      pool.splice(index, 1);
      weights.splice(index, 1);
    }
  }
  return picked;
}

/** Calls per second of `body`: the median over half-second windows filling `seconds` (the machine is shared). */
function rate(seconds: number, body: (i: number) => void): number {
  const rates: number[] = [];
  let calls = 0;
  for (let w = 0; w < Math.max(1, Math.round(seconds * 2)); w += 1) {
    const start = performance.now();
    const first = calls;
    while (performance.now() - start < 500) {
      for (let j = 0; j < 20; j += 1) body(calls + j);
      calls += 20;
    }
    rates.push((calls - first) / ((performance.now() - start) / 1000));
  }
  return percentile(rates, 50);
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const timed = async <T>(body: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await body();
  return [result, performance.now() - start];
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new AppError('no free port')),
      );
    });
  });
}

async function postPreview(base: string, body: object): Promise<void> {
  const response = await fetch(`${base}/api/sampler/preview`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.json();
  if (!response.ok) throw new AppError(`preview answered ${response.status}`);
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '3' },
      requests: { type: 'string', default: '200' },
      keep: { type: 'boolean', default: false },
      docs: { type: 'string' },
      'http-port': { type: 'string' },
    },
  });
  const seconds = Number(values.seconds);
  const requests = Number(values.requests);

  const wanted = values.docs === undefined ? undefined : Number(values.docs);
  const { started, documents } = await ensureSyntheticGraph((m) => console.error(m), wanted);
  console.log(`bench graph: ${formatCount(documents)} synthetic documents`);
  const [densest] = await topScenariosByDegree(1);
  if (!densest) throw new AppError('the bench graph has no scenarios');
  console.log(
    `densest scenario "${densest.key}": ${formatCount(densest.docCount)} documents, ${formatCount(densest.degree)} co-occurring elements`,
  );

  // 1. Cold candidate query: this process has cached nothing and the query has never run here.
  const [, cold] = await timed(() => queryNeighbourhood(densest.key));
  const warmRuns: number[] = [];
  for (let i = 0; i < 3; i += 1) warmRuns.push((await timed(() => queryNeighbourhood(densest.key)))[1]);
  const session = getDriver().session(sessionConfig('READ'));
  let naiveQuery: string;
  try {
    const [, naiveMs] = await timed(() =>
      session.run(cypher('bench/naive-candidates'), { key: densest.key }, { timeout: 180_000 }),
    );
    naiveQuery = `${ms(naiveMs)}  (${(naiveMs / cold).toFixed(1)}x slower)`;
  } catch (error) {
    naiveQuery = `did not finish in 180 s (${(error as Error).message.split('\n')[0]})`;
  } finally {
    await session.close();
  }
  const source = await scenarioCandidates(densest.key, await currentGraphVersion());
  const perType = FEATURE_TYPES.map(
    (type) => `${source.candidates.filter((c) => c.type === type).length} ${type}`,
  ).join(', ');
  console.log(`candidates: ${perType}; hops cut to top 200: ${source.truncated ? 'yes' : 'no'}`);
  console.log(
    `cold candidate query (densest scenario):  ${ms(cold)} first call, ${ms(percentile(warmRuns, 50))} median of 3 repeats`,
  );
  console.log(`  naive baseline, exact two-hop walk with no cut and strengths summed per row: ${naiveQuery}`);

  // 2. Combinations per second in-process, candidates cached: C3, λ = 0.25, T = 1.
  const prepared = prepareScenario(source, LAMBDA, TEMPERATURE);
  const choose = () => 0;
  const fast = rate(seconds, (i) => drawItem(1, i, choose, () => prepared, COUNTS, randomStrategy));
  const naive = rate(seconds, (i) => naiveCombination(source.candidates, COUNTS, itemRandom(1, i)));
  console.log(
    `combinations/s in-process (C3, cached), median of half-second windows:  ${formatCount(fast)}/s  (target ≥ 50,000/s: ${fast >= 50_000 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `  naive baseline, re-normalize + linear scans per draw: ${formatCount(naive)}/s  (${(fast / naive).toFixed(0)}x slower)`,
  );

  // 3. Preview API p95 for N = 100, warm, over HTTP against `next start` on the bench database.
  await closeDriver();
  ensureProductionBuild();
  const server = await startNextServer(Number(values['http-port']) || (await freePort()), serverEnv().neo4jUri);
  try {
    const body = (seed: number) => ({
      scenarios: [`Scenario:${densest.key}`],
      complexity: 'C3',
      temperature: TEMPERATURE,
      lambda: LAMBDA,
      seed,
      count: PREVIEW_N,
    });
    const [, first] = await timed(() => postPreview(server.url, body(0)));
    // Fresh seeds on every request: new combinations, so new pair weights are looked up too.
    const latencies = await timeCalls(requests, 5, (i) => postPreview(server.url, body(1_000 + i)));
    const naiveLatencies = await timeCalls(requests, 0, async (r) => {
      for (let i = 0; i < PREVIEW_N; i += 1) naiveCombination(source.candidates, COUNTS, itemRandom(1_000 + r, i));
    });
    const p95 = percentile(latencies, 95);
    console.log(
      `preview API, N = ${PREVIEW_N}, warm: ${describeTimes(latencies)}  (target p95 < 100 ms: ${p95 < 100 ? 'met' : 'NOT met'}; first, cold request ${ms(first)})`,
    );
    console.log(
      `  naive baseline, drawing the same ${PREVIEW_N} combinations alone in-process: ${describeTimes(naiveLatencies)}, before any HTTP, pair lookup or scoring`,
    );
  } finally {
    server.stop();
  }
  if (started && !values.keep) await stopLocal(selectBenchDatabase());
});
