/** Mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). Same seed, same stream. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** MurmurHash3's 32-bit finalizer: a fast, well-mixed permutation of uint32 values. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seed of item `index` in a run seeded with `seed` (murmur3 finalizer over both). */
export function itemSeed(seed: number, index: number): number {
  return fmix32(fmix32(seed) + Math.imul(index + 1, 0x9e3779b9));
}

/** The random stream of item `index` of a run: item i is reproducible from (seed, i) alone. */
export function itemRandom(seed: number, index: number): () => number {
  return mulberry32(itemSeed(seed, index));
}
