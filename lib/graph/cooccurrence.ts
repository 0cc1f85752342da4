import { createHash } from 'node:crypto';
import type { ElementType } from '../domain/element-types';
import { elementId, type ElementMention } from '../domain/extraction-record';
import { type PreparedDocument } from './prepare-document';

const PAIR_SEPARATOR = '\u0001';

/** What the graph currently holds for a document. */
export interface StoredDocument {
  id: string;
  hash: string | null;
  mentions: ElementMention[];
}

/** How one element's counts move; forms[i] changes its count by formDeltas[i]. */
export interface ElementChange {
  id: string;
  type: ElementType;
  key: string;
  docDelta: number;
  /** Change of the element's strength: the sum of the weights of its CO_OCCURS relationships. */
  strengthDelta: number;
  forms: string[];
  formDeltas: number[];
}

/** How the weight of one co-occurrence pair moves; a < b in element-id order. */
export interface PairChange {
  a: string;
  b: string;
  /** Stable key of the unordered pair, stored on its CO_OCCURS relationship. */
  key: string;
  delta: number;
}

/** The stored key of an unordered pair of element ids: a 160-bit hash, order-independent. */
export function pairKey(a: string, b: string): string {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return createHash('sha1').update(lo).update(PAIR_SEPARATOR).update(hi).digest('base64url');
}

export interface GraphDelta {
  /** Documents whose contribution is replaced, in id order. */
  changed: PreparedDocument[];
  created: number;
  unchanged: number;
  /** Every element a changed document touches, before or after, in id order (the lock order). */
  elements: ElementChange[];
  /** Non-zero pair weight changes, in pair-key order (the lock order). */
  pairs: PairChange[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isSorted(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i += 1) if (ids[i - 1]! >= ids[i]!) return false;
  return true;
}

/** Calls visit(a, b) for every unordered pair of distinct ids, with a < b. */
export function forEachPair(ids: readonly string[], visit: (a: string, b: string) => void): void {
  const sorted = isSorted(ids) ? ids : [...ids].sort(compare);
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) visit(sorted[i]!, sorted[j]!);
  }
}

/**
 * The exact change to element counts and co-occurrence weights when `incoming` replaces what
 * `stored` holds for the same ids. Later duplicates of an id in `incoming` win.
 */
export function computeDelta(
  incoming: readonly PreparedDocument[],
  stored: ReadonlyMap<string, StoredDocument>,
): GraphDelta {
  const latest = new Map<string, PreparedDocument>();
  for (const doc of incoming) latest.set(doc.id, doc);

  const elements = new Map<
    string,
    { type: ElementType; key: string; docDelta: number; strengthDelta: number; forms: Map<string, number> }
  >();
  const pairs = new Map<string, number>();
  const changed: PreparedDocument[] = [];
  let created = 0;
  let unchanged = 0;

  const apply = (mentions: readonly ElementMention[], sign: 1 | -1) => {
    const ids: string[] = [];
    for (const m of mentions) {
      const id = elementId(m.type, m.key);
      ids.push(id);
      let entry = elements.get(id);
      if (!entry) {
        entry = { type: m.type, key: m.key, docDelta: 0, strengthDelta: 0, forms: new Map() };
        elements.set(id, entry);
      }
      entry.docDelta += sign;
      entry.forms.set(m.surface, (entry.forms.get(m.surface) ?? 0) + sign);
    }
    forEachPair(ids, (a, b) => {
      const pair = a + PAIR_SEPARATOR + b;
      pairs.set(pair, (pairs.get(pair) ?? 0) + sign);
    });
    // Each element gains (or loses) one unit of weight per other element in the document.
    for (const id of ids) elements.get(id)!.strengthDelta += sign * (ids.length - 1);
  };

  for (const doc of [...latest.values()].sort((x, y) => compare(x.id, y.id))) {
    const before = stored.get(doc.id);
    if (before && before.hash === doc.hash) {
      unchanged += 1;
      continue;
    }
    if (!before || before.hash === null) created += 1;
    changed.push(doc);
    if (before) apply(before.mentions, -1);
    apply(doc.mentions, 1);
  }

  const elementChanges = [...elements.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([id, e]): ElementChange => {
      const forms = [...e.forms.entries()].filter(([, delta]) => delta !== 0).sort(([a], [b]) => compare(a, b));
      return {
        id,
        type: e.type,
        key: e.key,
        docDelta: e.docDelta,
        strengthDelta: e.strengthDelta,
        forms: forms.map(([f]) => f),
        formDeltas: forms.map(([, d]) => d),
      };
    });

  const pairChanges: PairChange[] = [];
  for (const [pair, delta] of pairs) {
    if (delta === 0) continue;
    const [a, b] = pair.split(PAIR_SEPARATOR) as [string, string];
    pairChanges.push({ a, b, key: pairKey(a, b), delta });
  }
  pairChanges.sort((x, y) => compare(x.key, y.key));

  return { changed, created, unchanged, elements: elementChanges, pairs: pairChanges };
}
