// MinHash signatures over word shingles and a banded LSH index (pure, no I/O).
// Written here rather than taken from npm: `minhash` (0.0.9) has no LSH verification step and
// `bloom-filters` has MinHash without banding and pulls in eight dependencies.

import { fmix32 } from '../sampling/prng';

export interface MinHashOptions {
  /** Hash functions per signature. */
  numPerm?: number;
  /** Words per shingle. */
  shingleSize?: number;
  seed?: number;
}

export const DEFAULT_NUM_PERM = 128;
export const DEFAULT_SHINGLE_SIZE = 3;

/** FNV-1a over a string's UTF-16 code units, finalized. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Lower-case word tokens (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the distinct k-word shingles of a text; a text shorter than k is one shingle. */
export function shingleHashes(text: string, shingleSize = DEFAULT_SHINGLE_SIZE): Uint32Array {
  const tokens = words(text);
  const set = new Set<number>();
  if (tokens.length < shingleSize) {
    if (tokens.length > 0) set.add(hashString(tokens.join(' ')));
  } else {
    for (let i = 0; i + shingleSize <= tokens.length; i += 1)
      set.add(hashString(tokens.slice(i, i + shingleSize).join(' ')));
  }
  return Uint32Array.from(set);
}

/** Computes MinHash signatures with `numPerm` seeded hash functions h_i(x) = fmix32(x ^ salt_i). */
export class MinHasher {
  readonly numPerm: number;
  readonly shingleSize: number;
  private readonly salts: Uint32Array;

  constructor(options: MinHashOptions = {}) {
    this.numPerm = options.numPerm ?? DEFAULT_NUM_PERM;
    this.shingleSize = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
    if (!Number.isInteger(this.numPerm) || this.numPerm < 1) throw new RangeError('numPerm must be a positive integer');
    let state = (options.seed ?? 1) >>> 0;
    this.salts = new Uint32Array(this.numPerm);
    for (let i = 0; i < this.numPerm; i += 1) {
      state = (state + 0x9e3779b9) >>> 0;
      this.salts[i] = fmix32(state);
    }
  }

  /** The signature of a text; an empty text gets all-max values (similar to nothing but itself). */
  signature(text: string): Uint32Array {
    const shingles = shingleHashes(text, this.shingleSize);
    const signature = new Uint32Array(this.numPerm).fill(0xffffffff);
    for (let p = 0; p < this.numPerm; p += 1) {
      const salt = this.salts[p]!;
      let min = 0xffffffff;
      for (let s = 0; s < shingles.length; s += 1) {
        const value = fmix32(shingles[s]! ^ salt);
        if (value < min) min = value;
      }
      signature[p] = min;
    }
    return signature;
  }
}

/** Share of equal positions of two signatures: an unbiased estimate of the Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError('signatures differ in length');
  let equal = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) equal += 1;
  return a.length === 0 ? 0 : equal / a.length;
}

/** Exact Jaccard similarity of two texts' shingle sets (for tests and verification). */
export function exactJaccard(a: string, b: string, shingleSize = DEFAULT_SHINGLE_SIZE): number {
  const sa = new Set(shingleHashes(a, shingleSize));
  const sb = new Set(shingleHashes(b, shingleSize));
  let inter = 0;
  for (const value of sa) if (sb.has(value)) inter += 1;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 1 : inter / union;
}

/**
 * Bands × rows for a threshold: the divisor split of numPerm whose S-curve midpoint (1/b)^(1/r) is the
 * highest one not above the threshold, so pairs at the threshold are very likely candidates; the
 * estimated-Jaccard check then removes the false positives.
 */
export function lshBands(numPerm: number, threshold: number): { bands: number; rows: number } {
  let best = { bands: numPerm, rows: 1, midpoint: 1 / numPerm };
  for (let rows = 1; rows <= numPerm; rows += 1) {
    if (numPerm % rows !== 0) continue;
    const bands = numPerm / rows;
    const midpoint = (1 / bands) ** (1 / rows);
    if (midpoint <= threshold && midpoint > best.midpoint) best = { bands, rows, midpoint };
  }
  return { bands: best.bands, rows: best.rows };
}

export interface NearDuplicate<Id> {
  of: Id;
  similarity: number;
}

/**
 * A streaming near-duplicate index: each signature is checked against the ones kept so far; a match
 * at or above the threshold is reported, anything else is kept.
 */
export class LshIndex<Id> {
  readonly bands: number;
  readonly rows: number;
  private readonly buckets = new Map<number, number[]>();
  private readonly ids: Id[] = [];
  private readonly signatures: Uint32Array[] = [];

  constructor(
    readonly numPerm: number,
    readonly threshold: number,
  ) {
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError('threshold must be in (0, 1]');
    ({ bands: this.bands, rows: this.rows } = lshBands(numPerm, threshold));
  }

  get size(): number {
    return this.ids.length;
  }

  /** The most similar kept signature at or above the threshold, or null. */
  query(signature: Uint32Array): NearDuplicate<Id> | null {
    const seen = new Set<number>();
    let best: NearDuplicate<Id> | null = null;
    for (let band = 0; band < this.bands; band += 1) {
      for (const index of this.buckets.get(this.bandKey(signature, band)) ?? []) {
        if (seen.has(index)) continue;
        seen.add(index);
        const similarity = estimatedJaccard(signature, this.signatures[index]!);
        if (similarity >= this.threshold && (best === null || similarity > best.similarity))
          best = { of: this.ids[index]!, similarity };
      }
    }
    return best;
  }

  /** Keeps a signature so later queries can find it. */
  insert(id: Id, signature: Uint32Array): void {
    const index = this.ids.length;
    this.ids.push(id);
    this.signatures.push(signature);
    for (let band = 0; band < this.bands; band += 1) {
      const key = this.bandKey(signature, band);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(index);
      else this.buckets.set(key, [index]);
    }
  }

  /** Queries, and inserts the signature when it matches nothing. */
  addIfNew(id: Id, signature: Uint32Array): NearDuplicate<Id> | null {
    const match = this.query(signature);
    if (match === null) this.insert(id, signature);
    return match;
  }

  // Band number in the high bits, a hash of the band's rows in the low 32: a safe integer Map key.
  private bandKey(signature: Uint32Array, band: number): number {
    let h = band;
    for (let i = band * this.rows; i < (band + 1) * this.rows; i += 1)
      h = fmix32(Math.imul(h, 0x01000193) ^ signature[i]!);
    return band * 0x100000000 + h;
  }
}
