// Curation before extraction (pure): parse, length bounds, language check of the prose, exact and near duplicates.
import { createHash } from 'node:crypto';
import { documentRecordSchema, type DocumentRecord } from '../domain/document-record';
import { englishScore, type EnglishScore } from './language';
import { documentProse } from './prose';
import { DEFAULT_NUM_PERM, DEFAULT_SHINGLE_SIZE, LshIndex, MinHasher } from '../similarity/minhash';

export interface CurationThresholds {
  /** Fewest characters of title + body. */
  minChars: number;
  /** Most characters of title + body. */
  maxChars: number;
  /** A line longer than this (UTF-8 bytes) is rejected before it is even parsed. */
  maxLineBytes: number;
  /** Least share of the prose's letters that are ASCII a–z. */
  minAsciiLetterShare: number;
  /** Least share of the prose's words that are common English function words (prose of `minProseWords` or more). */
  minStopwordShare: number;
  /** Fewest prose words the function-word share is judged on; a document with code and less prose is code-only. */
  minProseWords: number;
  /** Estimated Jaccard similarity of word 3-shingles at or above which a document is a near duplicate. */
  jaccard: number;
  numPerm: number;
  shingleSize: number;
}

export const DEFAULT_THRESHOLDS: CurationThresholds = {
  minChars: 80,
  maxChars: 100_000,
  maxLineBytes: 1_000_000,
  minAsciiLetterShare: 0.9,
  minStopwordShare: 0.08,
  minProseWords: 20,
  jaccard: 0.8,
  numPerm: DEFAULT_NUM_PERM,
  shingleSize: DEFAULT_SHINGLE_SIZE,
};

export const FILTER_REASONS = ['too_large', 'too_short', 'too_long', 'not_english'] as const;
export type FilterReason = (typeof FILTER_REASONS)[number];

export interface CuratedDocument {
  line: number;
  record: DocumentRecord;
  /** Code with too little prose to judge its language: kept unjudged. */
  codeOnly?: true;
}

export interface BadDocumentLine {
  line: number;
  id?: string;
  reason: string;
}

export interface FilteredDocument {
  line: number;
  id?: string;
  reason: FilterReason;
  detail: string;
}

export interface DuplicateDocument {
  line: number;
  id: string;
  kind: 'exact' | 'near';
  /** Id of the kept document it duplicates. */
  of: string;
  /** Estimated Jaccard similarity (1 for exact duplicates). */
  similarity: number;
}

export type CurationOutcome =
  | { kind: 'kept'; document: CuratedDocument }
  | { kind: 'blank' }
  | { kind: 'bad'; bad: BadDocumentLine }
  | { kind: 'filtered'; filtered: FilteredDocument }
  | { kind: 'duplicate'; duplicate: DuplicateDocument };

export interface CurationSummary {
  lines: number;
  kept: CuratedDocument[];
  bad: BadDocumentLine[];
  filtered: FilteredDocument[];
  duplicates: DuplicateDocument[];
  thresholds: CurationThresholds;
}

/** Text used for the length bounds, language check and duplicate detection. */
export function curationText(record: Pick<DocumentRecord, 'title' | 'body'>): string {
  return `${record.title}\n${record.body}`;
}

/** NFKC, lower-case, whitespace collapsed: two texts equal after this are exact duplicates. */
export function normalizedTextHash(text: string): string {
  const normalized = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(normalized).digest('hex');
}

/** Streaming curation: feed lines in order with `add`, read the totals with `summary`. */
export class Curator {
  readonly thresholds: CurationThresholds;
  private readonly hasher: MinHasher;
  private readonly index: LshIndex<string>;
  private readonly exact = new Map<string, string>();
  private readonly idLines = new Map<string, number>();
  private readonly result: CurationSummary;

  constructor(thresholds: Partial<CurationThresholds> = {}) {
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...thresholds };
    const { jaccard, numPerm, shingleSize } = this.thresholds;
    if (!(jaccard > 0 && jaccard <= 1)) throw new RangeError(`the Jaccard threshold must be in (0, 1], got ${jaccard}`);
    this.hasher = new MinHasher({ numPerm, shingleSize });
    this.index = new LshIndex<string>(numPerm, jaccard);
    this.result = { lines: 0, kept: [], bad: [], filtered: [], duplicates: [], thresholds: this.thresholds };
  }

  /** Curates one JSONL line (1-based line number) and records the outcome. */
  add(text: string, line: number): CurationOutcome {
    this.result.lines = Math.max(this.result.lines, line);
    const outcome = this.classify(text, line);
    if (outcome.kind === 'kept') this.result.kept.push(outcome.document);
    else if (outcome.kind === 'bad') this.result.bad.push(outcome.bad);
    else if (outcome.kind === 'filtered') this.result.filtered.push(outcome.filtered);
    else if (outcome.kind === 'duplicate') this.result.duplicates.push(outcome.duplicate);
    return outcome;
  }

  summary(): CurationSummary {
    return this.result;
  }

  private classify(text: string, line: number): CurationOutcome {
    if (text.trim() === '') return { kind: 'blank' };
    const t = this.thresholds;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > t.maxLineBytes) {
      return {
        kind: 'filtered',
        filtered: {
          line,
          id: idOf(text),
          reason: 'too_large',
          detail: `${formatBytes(bytes)} exceeds the ${formatBytes(t.maxLineBytes)} limit`,
        },
      };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { kind: 'bad', bad: { line, reason: `invalid JSON: ${(error as Error).message}` } };
    }
    const parsed = documentRecordSchema.safeParse(raw);
    if (!parsed.success) {
      const id =
        typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
          ? (raw as { id: string }).id
          : undefined;
      const reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
      return { kind: 'bad', bad: { line, id, reason } };
    }
    const record = parsed.data;
    const firstLine = this.idLines.get(record.id);
    if (firstLine !== undefined)
      return {
        kind: 'bad',
        bad: { line, id: record.id, reason: `duplicate id "${record.id}" (first on line ${firstLine})` },
      };
    this.idLines.set(record.id, line);

    const body = curationText(record);
    if (body.length < t.minChars)
      return this.filtered(line, record.id, 'too_short', `${body.length} characters, fewer than ${t.minChars}`);
    if (body.length > t.maxChars)
      return this.filtered(line, record.id, 'too_long', `${body.length} characters, more than ${t.maxChars}`);
    // Code tokens are no language: only the prose (text, comments, docstrings, strings) is judged.
    const prose = documentProse(record);
    const score = englishScore(prose.text);
    const language = languageProblem(score, prose.hasCode, t);
    if (language) return this.filtered(line, record.id, 'not_english', language);
    const codeOnly = prose.hasCode && score.words < t.minProseWords;

    const hash = normalizedTextHash(body);
    const exactOf = this.exact.get(hash);
    if (exactOf !== undefined)
      return { kind: 'duplicate', duplicate: { line, id: record.id, kind: 'exact', of: exactOf, similarity: 1 } };
    this.exact.set(hash, record.id);
    const near = this.index.addIfNew(record.id, this.hasher.signature(body));
    if (near)
      return {
        kind: 'duplicate',
        duplicate: { line, id: record.id, kind: 'near', of: near.of, similarity: near.similarity },
      };
    return { kind: 'kept', document: codeOnly ? { line, record, codeOnly } : { line, record } };
  }

  private filtered(line: number, id: string, reason: FilterReason, detail: string): CurationOutcome {
    return { kind: 'filtered', filtered: { line, id, reason, detail } };
  }
}

/** Curates the lines of a documents.jsonl text. */
export function curateLines(lines: Iterable<string>, thresholds: Partial<CurationThresholds> = {}): CurationSummary {
  const curator = new Curator(thresholds);
  let line = 0;
  for (const text of lines) curator.add(text, (line += 1));
  return curator.summary();
}

function languageProblem(score: EnglishScore, hasCode: boolean, t: CurationThresholds): string | null {
  if (score.letters === 0) return hasCode ? null : 'no letters';
  if (score.asciiLetterShare < t.minAsciiLetterShare) {
    return `${pct(score.asciiLetterShare)} of the ${score.letters} prose letters are ASCII, fewer than ${pct(t.minAsciiLetterShare)}`;
  }
  if (score.words >= t.minProseWords && score.stopwordShare < t.minStopwordShare) {
    return `${pct(score.stopwordShare)} of the ${score.words} prose words are English function words, fewer than ${pct(t.minStopwordShare)}`;
  }
  return null;
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1000).toFixed(1)} kB`;
}

// Only to name the document in the report: a cheap look at the start of an over-long line.
function idOf(text: string): string | undefined {
  return /"id"\s*:\s*"((?:[^"\\]|\\.){1,200})"/.exec(text.slice(0, 2_000))?.[1];
}
