import { ELEMENT_TYPE_INFO, type ElementType } from '../../../lib/domain/element-types';
import type { ExtractionRecord } from '../../../lib/domain/extraction-record';
import { mulberry32 } from '../../../lib/sampling/prng';

/** Draws ranks 0..n-1 with P(rank r) ∝ 1 / (r + 1)^exponent (a Zipf law). */
export function zipfSampler(n: number, exponent: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r += 1) {
    total += 1 / Math.pow(r + 1, exponent);
    cdf[r] = total;
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface SyntheticCorpusOptions {
  documents: number;
  seed: number;
  vocabulary?: Partial<Record<ElementType, number>>;
  exponent?: number;
}

const DEFAULT_VOCABULARY: Record<ElementType, number> = {
  Scenario: 1_000,
  Knowledge: 8_000,
  DomainSkill: 8_000,
  CodingSkill: 4_000,
};
const FEATURE_TYPES: ElementType[] = ['Knowledge', 'DomainSkill', 'CodingSkill'];

/**
 * A reproducible synthetic extraction corpus: each document has one scenario and 3–10 other
 * elements, every type's element frequencies following a power law.
 */
export function* syntheticCorpus(options: SyntheticCorpusOptions): Generator<ExtractionRecord> {
  const random = mulberry32(options.seed);
  const vocabulary = { ...DEFAULT_VOCABULARY, ...options.vocabulary };
  const exponent = options.exponent ?? 1.1;
  const draw = Object.fromEntries(
    (Object.keys(vocabulary) as ElementType[]).map((type) => [type, zipfSampler(vocabulary[type], exponent, random)]),
  ) as Record<ElementType, () => number>;

  for (let i = 0; i < options.documents; i += 1) {
    const lists: Record<ElementType, Set<string>> = {
      Scenario: new Set(),
      Knowledge: new Set(),
      DomainSkill: new Set(),
      CodingSkill: new Set(),
    };
    lists.Scenario.add(`scenario ${draw.Scenario()}`);
    const others = 3 + Math.floor(random() * 8);
    let placed = 0;
    while (placed < others) {
      const type = FEATURE_TYPES[Math.floor(random() * FEATURE_TYPES.length)]!;
      const name = `${ELEMENT_TYPE_INFO[type].short.toLowerCase()} element ${draw[type]()}`;
      if (!lists[type].has(name)) {
        lists[type].add(name);
        placed += 1;
      }
    }
    yield {
      docId: `syn-${String(i).padStart(7, '0')}`,
      source: random() < 0.7 ? 'stackoverflow' : 'kaggle',
      title: `Synthetic document ${i}`,
      scenarios: [...lists.Scenario],
      knowledge: [...lists.Knowledge],
      domainSkills: [...lists.DomainSkill],
      codingSkills: [...lists.CodingSkill],
    };
  }
}
