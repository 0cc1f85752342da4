// The pure part of sampling on code graphs (lib/codebase/sampling.ts reads the graph): the weight of a candidate
// API, the probabilities at T = 1 and at T, and the seeded draws. The weight formula is README's Sampler section,
// "Code graphs".
import { GumbelTopK } from '../sampling/gumbel-top-k';
import { normalize, temperatureLogits, applyTemperature } from '../sampling/temperature';

export type CodeApiType = 'CodeClass' | 'CodeFunction';

export interface CodeApiRef {
  type: CodeApiType;
  key: string;
  qualname: string;
  name: string;
  signature: string | null;
  module: string;
}

/** How a candidate is tied to the start. */
export interface CodeVia {
  /** Call sites between the two, both directions (a class stands for its methods). */
  calls: number;
  /** Both are defined in the same module. */
  sharedModule: boolean;
  /** Classes both touch by annotation or inheritance (see typeSet in the Cypher). */
  typeLinks: number;
  /** Shortest path over code edges (1 or 2); 0 when only the module is shared (no path within 2 hops). */
  hops: number;
}

export interface CodeCandidate extends CodeApiRef {
  weight: number;
  /** P at T = 1: weight / Σ weight. */
  p: number;
  /** P at the requested temperature (equal to p from codeCandidates, which is T = 1). */
  pT: number;
  via: CodeVia;
}

/** The qualname inside its module ("Cart.add" for shop.models.Cart.add): how the Sampler names an API. */
export function localName(api: Pick<CodeApiRef, 'qualname' | 'module'>): string {
  return api.qualname.startsWith(`${api.module}.`) ? api.qualname.slice(api.module.length + 1) : api.qualname;
}

/** Decay with hop distance: 1 hop 1, 2 hops 1/2, only the module shared 1/4. */
export function hopDecay(hops: number): number {
  return hops === 1 ? 1 : hops === 2 ? 0.5 : 0.25;
}

/**
 * The weight of a candidate v for a start s:
 *
 *   w(v) = d(hops) · (1 + ln(1 + calls) + typeLinks + [sharedModule])
 *
 * with d(1) = 1, d(2) = 1/2, d(module only) = 1/4. Proximity alone gives the 1; each kind of co-usage adds to
 * it: call sites with diminishing returns (ln), one per class both touch by type, one for a shared module.
 */
export function codeWeight(via: CodeVia): number {
  return hopDecay(via.hops) * (1 + Math.log1p(via.calls) + via.typeLinks + (via.sharedModule ? 1 : 0));
}

/** P = w / Σ w and P_T by the Sampler's temperature (SPEC.md §4), in the order given. */
export function withProbabilities<T extends { weight: number }>(
  items: readonly T[],
  temperature: number,
): Array<T & { p: number; pT: number }> {
  const p = normalize(items.map((c) => c.weight));
  // At T = 1, P_T is P itself (exactly, not P through log space).
  const pT = temperature === 1 ? p : applyTemperature(p, temperature);
  return items.map((c, i) => ({ ...c, p: p[i]!, pT: pT[i]! }));
}

/**
 * `k` distinct indices drawn without replacement with chances P_T (Gumbel-top-k over log P / T), in the order of
 * successive sampling. Deterministic for a given random stream.
 */
export function drawIndices(p: readonly number[], temperature: number, k: number, random: () => number): number[] {
  return new GumbelTopK(temperatureLogits(p, temperature)).draw(k, random);
}

/** A node's adjacency in the chain graph: the functions its exact return class feeds, and how. */
export interface ChainEdge {
  from: string;
  to: string;
  classKey: string;
  className: string;
  param: string;
}

/**
 * reach(f, n): a chain of n more links can start after f, cycles allowed (a necessary condition for a simple
 * chain; the search then only backtracks around cycles). Computed for n = 0 … depth.
 */
export function chainReach(edges: ReadonlyMap<string, readonly ChainEdge[]>, depth: number): Array<Set<string>> {
  const nodes = new Set<string>();
  for (const [from, list] of edges) {
    nodes.add(from);
    for (const e of list) nodes.add(e.to);
  }
  const reach: Array<Set<string>> = [nodes];
  for (let n = 1; n <= depth; n += 1) {
    const previous = reach[n - 1]!;
    const next = new Set<string>();
    for (const [from, list] of edges) if (list.some((e) => previous.has(e.to))) next.add(from);
    reach.push(next);
  }
  return reach;
}

/** One preview item: the APIs drawn for item i (from itemRandom(seed, i)), in draw order, with their P_T. */
export interface CodePreviewItem {
  index: number;
  apis: Array<Pick<CodeCandidate, 'key' | 'type' | 'qualname' | 'name' | 'module' | 'pT'>>;
  /** Fewer candidates than the complexity asked for: the item holds all there are. */
  short: boolean;
}

export interface CodePreviewSummary {
  combinations: number;
  distinctRatio: number;
  entropy: number;
  coverage: number;
  featuresUsed: number;
  candidatesAvailable: number;
  shortCombinations: number;
}

export interface CodePreview {
  codebase: string;
  start: CodeApiRef;
  temperature: number;
  complexity: number;
  seed: number;
  items: CodePreviewItem[];
  summary: CodePreviewSummary;
}

/** The candidate chart of one start: every candidate with P (T = 1) and P_T, most likely first. */
export interface CodeCandidateChart {
  codebase: string;
  start: CodeApiRef;
  temperature: number;
  candidates: CodeCandidate[];
}

export interface CodeChainLink {
  fn: CodeApiRef;
  /** How this link's result feeds the next: the class it returns and the next function's parameter; null last. */
  feeds: { classKey: string; className: string; param: string } | null;
}

export interface CodeChain {
  links: CodeChainLink[];
}
