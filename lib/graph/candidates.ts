import 'server-only';
import { readQuery } from '../db/driver';
import { AppError } from '../domain/errors';
import type { ScenarioCandidates } from '../sampling/combination';
import { transitionProbabilities, type Candidate, type ScenarioNeighbourhood } from '../sampling/transitions';
import { pairKey } from './cooccurrence';
import type { ElementType } from '../domain/element-types';
import { elementId } from '../domain/extraction-record';
import { DEFAULT_HOP_LIMIT, HubLists, queryNeighbourhood } from './candidate-query';
import { BoundedCache, graphVersionWith, StaleGraphError, VersionedCaches } from './graph-version';

/** Most scenarios listed (and sampled from in "all scenarios"). */
const MAX_SCENARIOS = 100_000;

export interface ScenarioSummary {
  key: string;
  name: string;
  docCount: number;
}

export class UnknownScenarioError extends AppError {
  override name = 'UnknownScenarioError';

  constructor(readonly key: string) {
    super(`No scenario with key ${JSON.stringify(key)}`);
  }
}

function createCaches() {
  return new VersionedCaches({
    // Cost = candidates held: about 200 bytes each, so the bound is a few hundred MB at most.
    candidates: new BoundedCache<Promise<ScenarioCandidates | undefined>>(1_000_000),
    scenarios: new BoundedCache<Promise<ScenarioSummary[]>>(4),
    pairs: new BoundedCache<number>(500_000),
    hubs: new HubLists(),
  });
}

// On globalThis, like the driver: Next may load this module once per route bundle, and the
// preview, sweep and candidates routes should share one cache.
const globalForSampling = globalThis as unknown as { scogenSamplingCaches?: ReturnType<typeof createCaches> };
const data = (globalForSampling.scogenSamplingCaches ??= createCaches());
/** Pair lookups above this size are split into two queries that run side by side. */
const PARALLEL_LOOKUP = 1_000;

export function candidatesOf(neighbourhood: ScenarioNeighbourhood): ScenarioCandidates {
  const { scenario, documents, truncated } = neighbourhood;
  return { scenario, documents, truncated, candidates: transitionProbabilities(neighbourhood) };
}

/**
 * Runs `work` against data cached under the last graph version seen; `work` confirms that version
 * with its last query (pairWeights does) and is run once more on the current version if it changed.
 */
export async function withGraphVersion<T>(work: (version: string) => Promise<T>): Promise<T> {
  try {
    return await work(await data.assumed());
  } catch (error) {
    if (!(error instanceof StaleGraphError)) throw error;
  }
  return work(await data.current());
}

/** Throws StaleGraphError unless the graph is still at `version` (before reporting a miss as final). */
export async function confirmGraphVersion(version: string): Promise<void> {
  const current = await data.current();
  if (current !== version) throw new StaleGraphError(`the graph changed (${version} → ${current})`);
}

/** The graph version, checked now: for work that has no later query to confirm it with. */
export function currentGraphVersion(): Promise<string> {
  return data.current();
}

/**
 * A scenario's candidates with P1 and P2, cached in this process per graph version (concurrent
 * requests share one query). Throws UnknownScenarioError.
 */
export async function scenarioCandidates(
  key: string,
  version: string,
  hopLimit = DEFAULT_HOP_LIMIT,
): Promise<ScenarioCandidates> {
  const caches = data.caches;
  const cacheKey = `${version}\u0000${hopLimit}\u0000${key}`;
  let pending = caches.candidates.get(cacheKey);
  if (!pending) {
    pending = queryNeighbourhood(key, hopLimit, { store: caches.hubs, version }).then((n) =>
      n ? candidatesOf(n) : undefined,
    );
    caches.candidates.set(cacheKey, pending);
    pending.then(
      (result) => caches.candidates.set(cacheKey, pending!, 1 + (result?.candidates.length ?? 0)),
      () => caches.candidates.delete(cacheKey),
    );
  }
  const result = await pending;
  if (!result) throw new UnknownScenarioError(key);
  return result;
}

/** Every scenario, most documents first (cached per graph version). */
export async function allScenarios(version: string): Promise<ScenarioSummary[]> {
  const caches = data.caches;
  let pending = caches.scenarios.get(version);
  if (!pending) {
    pending = readQuery('sampling/scenarios', { limit: MAX_SCENARIOS });
    caches.scenarios.set(version, pending);
    pending.catch(() => caches.scenarios.delete(version));
  }
  return pending;
}

const idOf = (e: { type: ElementType; key: string }) => elementId(e.type, e.key);
const cachedPairKey = (version: string, a: string, b: string) =>
  a < b ? `${version}\u0001${a}\u0001${b}` : `${version}\u0001${b}\u0001${a}`;

/**
 * Exact co-occurrence weights for pairs of candidates: cached ones from memory, the rest through
 * the unique pair-key index (absent pairs are cached as 0). The same round trip confirms that the
 * graph is still at `version`, else StaleGraphError.
 */
export async function pairWeights(
  pairs: ReadonlyArray<readonly [Candidate, Candidate]>,
  version: string,
): Promise<(a: Candidate, b: Candidate) => number> {
  const caches = data.caches;
  const local = new Map<string, number>();
  const missing = new Map<string, string>();
  for (const [a, b] of pairs) {
    const ida = idOf(a);
    const idb = idOf(b);
    const cacheKey = cachedPairKey(version, ida, idb);
    if (local.has(cacheKey) || missing.has(cacheKey)) continue;
    const cached = caches.pairs.get(cacheKey);
    if (cached === undefined) missing.set(cacheKey, pairKey(ida, idb));
    else local.set(cacheKey, cached);
  }
  const keys = [...missing.values()].sort();
  const half = keys.length > PARALLEL_LOOKUP ? Math.ceil(keys.length / 2) : keys.length;
  const answers = await Promise.all(
    half === keys.length
      ? [graphVersionWith(keys)]
      : [graphVersionWith(keys.slice(0, half)), graphVersionWith(keys.slice(half))],
  );
  for (const answer of answers) {
    data.observe(answer.version);
    if (answer.version !== version) throw new StaleGraphError(`the graph changed (${version} → ${answer.version})`);
  }
  for (const [cacheKey, key] of missing) {
    const weight = answers.find((answer) => answer.weights.has(key))?.weights.get(key) ?? 0;
    caches.pairs.set(cacheKey, weight);
    local.set(cacheKey, weight);
  }
  return (a, b) => {
    const weight = local.get(cachedPairKey(version, idOf(a), idOf(b)));
    if (weight === undefined) throw new AppError(`co-occurrence weight of ${a.key} and ${b.key} was not loaded`);
    return weight;
  };
}
