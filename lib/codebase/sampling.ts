import 'server-only';
// Sampling on code graphs (issue 16, point 4): candidate APIs around a start class or function, weighted by graph
// proximity and co-usage, drawn with the Sampler's temperature and Gumbel-top-k; and compositional chains
// f1 → f2 → … where each result feeds the next call (RETURNS → ACCEPTS). The weight formula is in
// lib/codebase/sampling-math.ts (codeWeight) and README's Sampler section, "Code graphs".
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import { activeBookmarkManager } from '../db/bookmarks';
import type { CypherName, RowOf } from '../db/rows';
import { NotFoundError } from '../domain/errors';
import { serverEnv } from '../env';
import { diversity } from '../sampling/metrics';
import { itemRandom, mulberry32 } from '../sampling/prng';
import {
  chainReach,
  codeWeight,
  drawIndices,
  withProbabilities,
  type ChainEdge,
  type CodeApiRef,
  type CodeCandidate,
  type CodeCandidateChart,
  type CodeChain,
  type CodePreview,
} from './sampling-math';
import './sample-queries/rows';

export type { CodeApiRef, CodeCandidate, CodeChain, CodeChainLink } from './sampling-math';

export interface CodeSampleParams {
  codebase: string;
  /** A CodeClass or CodeFunction key. */
  start: string;
  temperature: number;
  /** APIs to draw besides the start, 1–8. */
  complexity: number;
  seed: number;
}

export interface CodeSample {
  start: CodeApiRef;
  /** In draw order; each with its P and its P_T at the requested temperature. Fewer than asked when short. */
  apis: CodeCandidate[];
}

export interface CodeChainParams {
  codebase: string;
  /** The first function; any function that starts a chain of that length when absent (chosen by the seed). */
  start?: string;
  /** Functions in the chain, 2–4. */
  length: number;
  temperature: number;
  seed: number;
}

const toNumber = (value: unknown): number =>
  typeof value === 'number' ? value : neo4j.isInt(value) ? neo4j.integer.toNumber(value) : Number(value ?? 0);

async function read<N extends CypherName>(
  driver: Driver,
  name: N,
  params: Record<string, unknown>,
): Promise<Array<RowOf<N>>> {
  const database = serverEnv().NEO4J_DATABASE;
  const result = await driver.executeQuery(cypher(name), params, {
    routing: neo4j.routing.READ,
    bookmarkManager: activeBookmarkManager(driver),
    ...(database ? { database } : {}),
  });
  return result.records.map((record) => record.toObject() as RowOf<N>);
}

const refOf = (api: CodeApiRef): CodeApiRef => ({
  type: api.type,
  key: api.key,
  qualname: api.qualname,
  name: api.name,
  signature: api.signature ?? null,
  module: api.module,
});

/** The classes and functions of a codebase, by qualname: where a sample can start. */
export async function codeStarts(driver: Driver, codebase: string): Promise<CodeApiRef[]> {
  return (await read(driver, 'codebase/sample-starts', { codebase })).map((row) => refOf(row.api));
}

/**
 * The candidates around `start` with their weights and P at T = 1 (pT = p), by key. Empty when the start has
 * nothing within 2 hops and nothing else in its module; throws NotFoundError when the start is not in the codebase.
 */
export async function codeCandidates(driver: Driver, codebase: string, start: string): Promise<CodeCandidate[]> {
  const rows = await read(driver, 'codebase/sample-candidates', { codebase, start });
  if (rows.length === 0) await startRef(driver, codebase, start);
  const weighted = rows.map((row) => {
    const hops = row.hops === null ? 0 : toNumber(row.hops);
    const via = {
      calls: toNumber(row.calls),
      sharedModule: row.sharedModule,
      typeLinks: toNumber(row.typeLinks),
      hops,
    };
    return { ...refOf(row.api), weight: codeWeight(via), via };
  });
  return withProbabilities(weighted, 1);
}

async function startRef(driver: Driver, codebase: string, start: string): Promise<CodeApiRef> {
  const found = (await codeStarts(driver, codebase)).find((api) => api.key === start);
  if (!found) throw new NotFoundError(`No class or function "${start}" in codebase "${codebase}"`);
  return found;
}

/** Candidates at temperature T: p at T = 1 and pT at T, in the given order. */
export function atTemperature(candidates: readonly CodeCandidate[], temperature: number): CodeCandidate[] {
  return withProbabilities(candidates, temperature);
}

/**
 * `complexity` distinct candidates drawn without replacement with chances P_T, from a random stream: the draw of
 * sampleCodeApis, shared with the preview (item i uses itemRandom(seed, i)).
 */
export function drawCodeApis(
  candidates: readonly CodeCandidate[],
  temperature: number,
  complexity: number,
  random: () => number,
): CodeCandidate[] {
  const tempered = atTemperature(candidates, temperature);
  return drawIndices(
    tempered.map((c) => c.p),
    temperature,
    complexity,
    random,
  ).map((i) => tempered[i]!);
}

/** One sample: the start and `complexity` APIs around it (fewer when it has fewer candidates). Same seed, same draw. */
export async function sampleCodeApis(driver: Driver, params: CodeSampleParams): Promise<CodeSample> {
  const [start, candidates] = await Promise.all([
    startRef(driver, params.codebase, params.start),
    codeCandidates(driver, params.codebase, params.start),
  ]);
  return {
    start,
    apis: drawCodeApis(candidates, params.temperature, params.complexity, mulberry32(params.seed)),
  };
}

/** The chart of a start: its candidates with P and P_T at `temperature`, most likely first (ties by key). */
export async function codeCandidateChart(
  driver: Driver,
  params: { codebase: string; start: string; temperature: number },
): Promise<CodeCandidateChart> {
  const [start, candidates] = await Promise.all([
    startRef(driver, params.codebase, params.start),
    codeCandidates(driver, params.codebase, params.start),
  ]);
  const tempered = atTemperature(candidates, params.temperature).sort((a, b) => b.p - a.p || (a.key < b.key ? -1 : 1));
  return { codebase: params.codebase, start, temperature: params.temperature, candidates: tempered };
}

/**
 * `count` samples from one start, item i drawn from itemRandom(seed, i) (so item i equals sampleCodeApis with seed
 * itemSeed(seed, i)), with the scenario preview's diversity metrics (lib/sampling/metrics): distinct combinations,
 * normalized usage entropy and coverage over the start's candidates.
 */
export async function previewCodeSamples(
  driver: Driver,
  params: CodeSampleParams & { count: number },
): Promise<CodePreview> {
  const [start, candidates] = await Promise.all([
    startRef(driver, params.codebase, params.start),
    codeCandidates(driver, params.codebase, params.start),
  ]);
  const wanted = Math.min(params.complexity, candidates.length);
  const items = Array.from({ length: params.count }, (_, index) => {
    const apis = drawCodeApis(candidates, params.temperature, params.complexity, itemRandom(params.seed, index));
    return {
      index,
      apis: apis.map(({ key, type, qualname, name, module, pT }) => ({ key, type, qualname, name, module, pT })),
      short: apis.length < params.complexity,
    };
  });
  const metrics = diversity(
    items.map((item) => ({ scenario: start.key, features: item.apis.map((a) => a.key) })),
    candidates.length,
  );
  return {
    codebase: params.codebase,
    start,
    temperature: params.temperature,
    complexity: params.complexity,
    seed: params.seed,
    items,
    summary: {
      combinations: items.length,
      ...metrics,
      shortCombinations: wanted < params.complexity ? items.length : 0,
    },
  };
}

/** Every RETURNS → ACCEPTS link of a codebase, grouped by the function that returns. */
export async function chainLinks(driver: Driver, codebase: string): Promise<Map<string, ChainEdge[]>> {
  const edges = new Map<string, ChainEdge[]>();
  for (const row of await read(driver, 'codebase/sample-chain-links', { codebase })) {
    const param = row.param ?? selfParam(row.params);
    if (param === null) continue;
    const list = edges.get(row.from) ?? [];
    list.push({ from: row.from, to: row.to, classKey: row.classKey, className: row.className, param });
    edges.set(row.from, list);
  }
  return edges;
}

/** The first positional parameter of a method (its self), from the params JSON of MODEL.md; null without one. */
function selfParam(params: string | null): string | null {
  if (!params) return null;
  const list = JSON.parse(params) as Array<{ name: string; kind: string }>;
  const first = list[0];
  return first && (first.kind === 'arg' || first.kind === 'posonly') ? first.name : null;
}

/**
 * A chain of `length` functions, each one's exact return class accepted by the next, sampled link by link: the
 * next function is drawn among those the current one feeds with chances P_T of their code weights from the
 * current one (the candidates of codeCandidates). Draws are successive sampling without replacement, so a dead
 * end (a cycle back into the chain) falls through to the next draw; null only when no chain of that length
 * starts there (or anywhere, without a start). Same seed, same chain.
 */
export async function sampleCodeChain(driver: Driver, params: CodeChainParams): Promise<CodeChain | null> {
  const { codebase, length, temperature } = params;
  const [refs, edges] = await Promise.all([codeStarts(driver, codebase), chainLinks(driver, codebase)]);
  const byKey = new Map(refs.map((r) => [r.key, r]));
  if (params.start !== undefined && byKey.get(params.start)?.type !== 'CodeFunction')
    throw new NotFoundError(`No function "${params.start}" in codebase "${codebase}"`);
  const reach = chainReach(edges, length - 1);
  const random = mulberry32(params.seed);
  const weights = new Map<string, Map<string, number>>();
  const weightsFrom = async (key: string) => {
    let found = weights.get(key);
    if (!found) {
      found = new Map((await codeCandidates(driver, codebase, key)).map((c) => [c.key, c.weight]));
      weights.set(key, found);
    }
    return found;
  };

  const extend = async (path: ChainEdge[], last: string, remaining: number): Promise<ChainEdge[] | null> => {
    if (remaining === 0) return path;
    const used = new Set([path[0]?.from ?? last, ...path.map((e) => e.to)]);
    // One edge per next function: the first by (class, param) when several classes or parameters join them.
    const next = new Map<string, ChainEdge>();
    for (const e of edges.get(last) ?? [])
      if (!used.has(e.to) && reach[remaining - 1]!.has(e.to) && !next.has(e.to)) next.set(e.to, e);
    if (next.size === 0) return null;
    const options = [...next.values()];
    const w = await weightsFrom(last);
    // A linked function is at most 2 hops away, so it is always a candidate; the fallback is the bare 2-hop weight.
    const p = withProbabilities(
      options.map((e) => ({
        weight: w.get(e.to) ?? codeWeight({ calls: 0, sharedModule: false, typeLinks: 1, hops: 2 }),
      })),
      1,
    ).map((x) => x.p);
    for (const i of drawIndices(p, temperature, options.length, random)) {
      const found = await extend([...path, options[i]!], options[i]!.to, remaining - 1);
      if (found) return found;
    }
    return null;
  };

  let firsts: string[];
  if (params.start !== undefined) firsts = [params.start];
  else {
    const pool = [...reach[length - 1]!].filter((k) => byKey.get(k)?.type === 'CodeFunction').sort();
    firsts = drawIndices(
      pool.map(() => 1 / pool.length),
      1,
      pool.length,
      random,
    ).map((i) => pool[i]!);
  }
  for (const first of firsts) {
    if (!reach[length - 1]!.has(first)) continue;
    const path = await extend([], first, length - 1);
    if (!path) continue;
    const keys = [first, ...path.map((e) => e.to)];
    return {
      links: keys.map((key, i) => {
        const e = path[i];
        return {
          fn: byKey.get(key)!,
          feeds: e ? { classKey: e.classKey, className: e.className, param: e.param } : null,
        };
      }),
    };
  }
  return null;
}
