import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { ElementType } from '../domain/element-types';
import { AppError } from '../domain/errors';
import { elementId } from '../domain/extraction-record';
import { forEachPair, pairKey } from './cooccurrence';
import type { PreparedDocument } from './prepare-document';

/** Separates array elements (forms, formCounts) in the importer's CSV: a control character no name holds. */
export const ARRAY_DELIMITER = '\u001f';
/** Element indexes are packed into one float64 per pair occurrence: a · 2^26 + b stays below 2^53. */
const PAIR_SHIFT = 2 ** 26;

export interface BulkFiles {
  dir: string;
  documents: string;
  elements: string;
  mentions: string;
  coOccurs: string;
  /** Some string holds a line break: the importer must parse multi-line fields (slower). */
  multiline: boolean;
}

export interface BulkTotals {
  documents: number;
  elements: number;
  mentions: number;
  coOccurrences: number;
  /** The sum of all CO_OCCURS weights. */
  weight: number;
}

/** The display name the incremental ingest (02-upsert-elements) derives: most frequent form, ties by smallest. */
export function preferredName(forms: readonly string[], counts: readonly number[], key: string): string {
  if (forms.length === 0) return key;
  let best = 0;
  for (let i = 1; i < forms.length; i += 1) {
    if (counts[i]! > counts[best]! || (counts[i] === counts[best] && forms[i]! < forms[best]!)) best = i;
  }
  return forms[best]!;
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** A write stream that honours back-pressure. */
class CsvFile {
  private readonly out: WriteStream;
  private buffer = '';

  constructor(
    readonly file: string,
    header: string,
  ) {
    this.out = createWriteStream(file);
    this.buffer = `${header}\n`;
  }

  async row(line: string): Promise<void> {
    this.buffer += `${line}\n`;
    if (this.buffer.length < 1 << 16) return;
    const ok = this.out.write(this.buffer);
    this.buffer = '';
    if (!ok) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end(this.buffer);
    await once(this.out, 'finish');
  }
}

/** A float64 list that grows by doubling. */
class GrowingFloats {
  values = new Float64Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const next = new Float64Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Builds the CSV input of `neo4j-admin database import full` for documents streamed in: exactly the
 * graph the incremental ingest (lib/graph/ingest.ts) builds from the same documents in one chunk —
 * the same element identities, docCount, strength, forms/formCounts (in form order) and name, MENTIONS
 * surfaces, and CO_OCCURS pair keys, directions (lower element id first) and weights. Pair occurrences
 * are kept as packed numbers and counted by sorting, so a million documents need no map of pairs.
 */
export class BulkGraphWriter {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly types: ElementType[] = [];
  private readonly keys: string[] = [];
  private readonly docCounts: number[] = [];
  private readonly strengths: number[] = [];
  private readonly forms: Array<Map<string, number>> = [];
  private readonly pairs = new GrowingFloats();
  private readonly seen = new Set<string>();
  private readonly documents: CsvFile;
  private readonly mentions: CsvFile;
  private readonly files: BulkFiles;
  private readonly ingestedAt = new Date().toISOString();
  private totals: BulkTotals = { documents: 0, elements: 0, mentions: 0, coOccurrences: 0, weight: 0 };

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    const file = (name: string) => path.join(path.resolve(dir), name);
    this.files = {
      dir: path.resolve(dir),
      documents: file('documents.csv'),
      elements: file('elements.csv'),
      mentions: file('mentions.csv'),
      coOccurs: file('co-occurs.csv'),
      multiline: false,
    };
    this.documents = new CsvFile(this.files.documents, ':ID(Document),id,source,title,hash,ingestedAt:datetime,:LABEL');
    this.mentions = new CsvFile(this.files.mentions, ':START_ID(Document),:END_ID(Element),surface');
  }

  private text(value: string): string {
    if (!this.files.multiline && /[\r\n]/.test(value)) this.files.multiline = true;
    return quote(value);
  }

  private elementIndex(type: ElementType, key: string, id: string): number {
    let i = this.index.get(id);
    if (i !== undefined) return i;
    i = this.ids.length;
    if (i >= PAIR_SHIFT) throw new AppError(`More than ${PAIR_SHIFT} elements: too many for one bulk load`);
    this.index.set(id, i);
    this.ids.push(id);
    this.types.push(type);
    this.keys.push(key);
    this.docCounts.push(0);
    this.strengths.push(0);
    this.forms.push(new Map());
    return i;
  }

  /** Adds one document; a docId seen before is refused (the incremental ingest would replace it). */
  async add(doc: PreparedDocument, line: number): Promise<void> {
    if (this.seen.has(doc.id)) {
      throw new AppError(
        `Line ${line}: docId ${JSON.stringify(doc.id)} appears twice. A bulk load needs each document once; ` +
          'remove the duplicates or use the incremental ingest (without --bulk), where the later line wins.',
      );
    }
    this.seen.add(doc.id);
    const d = this.totals.documents++;
    await this.documents.row(
      [d, this.text(doc.id), doc.source, this.text(doc.title), doc.hash, this.ingestedAt, 'Document'].join(','),
    );
    const local = new Map<string, number>();
    for (const m of doc.mentions) {
      if (m.surface.includes(ARRAY_DELIMITER)) throw new AppError(`Line ${line}: a name holds the character U+001F`);
      const id = elementId(m.type, m.key);
      const e = this.elementIndex(m.type, m.key, id);
      local.set(id, e);
      this.docCounts[e]! += 1;
      this.strengths[e]! += doc.mentions.length - 1;
      const forms = this.forms[e]!;
      forms.set(m.surface, (forms.get(m.surface) ?? 0) + 1);
      await this.mentions.row(`${d},${e},${this.text(m.surface)}`);
    }
    this.totals.mentions += doc.mentions.length;
    forEachPair([...local.keys()], (a, b) => this.pairs.push(local.get(a)! * PAIR_SHIFT + local.get(b)!));
  }

  /** Writes the elements and the counted pairs, closes every file and returns them with the totals. */
  async finish(onPairs?: (done: number, total: number) => void): Promise<{ files: BulkFiles; totals: BulkTotals }> {
    await Promise.all([this.documents.close(), this.mentions.close()]);
    const elements = new CsvFile(
      this.files.elements,
      `:ID(Element),type,key,docCount:long,strength:long,forms:string[],formCounts:long[],name,:LABEL`,
    );
    for (let e = 0; e < this.ids.length; e += 1) {
      const forms = [...this.forms[e]!.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const names = forms.map(([f]) => f);
      const counts = forms.map(([, c]) => c);
      const key = this.keys[e]!;
      await elements.row(
        [
          e,
          this.types[e],
          this.text(key),
          this.docCounts[e],
          this.strengths[e],
          this.text(names.join(ARRAY_DELIMITER)),
          counts.join(ARRAY_DELIMITER),
          this.text(preferredName(names, counts, key)),
          `Element${ARRAY_DELIMITER}${this.types[e]}`,
        ].join(','),
      );
    }
    await elements.close();
    this.totals.elements = this.ids.length;

    const coOccurs = new CsvFile(this.files.coOccurs, ':START_ID(Element),:END_ID(Element),pair,weight:long');
    const sorted = this.pairs.values.subarray(0, this.pairs.length).sort();
    for (let i = 0; i < sorted.length;) {
      const code = sorted[i]!;
      let j = i + 1;
      while (j < sorted.length && sorted[j] === code) j += 1;
      const a = Math.floor(code / PAIR_SHIFT);
      const b = code - a * PAIR_SHIFT;
      await coOccurs.row(`${a},${b},${pairKey(this.ids[a]!, this.ids[b]!)},${j - i}`);
      this.totals.coOccurrences += 1;
      this.totals.weight += j - i;
      if ((this.totals.coOccurrences & 0xfffff) === 0) onPairs?.(j, sorted.length);
      i = j;
    }
    await coOccurs.close();
    onPairs?.(sorted.length, sorted.length);
    return { files: this.files, totals: this.totals };
  }
}

/** The arguments of `neo4j-admin database import full` for these files (after the command itself). */
export function importArguments(files: BulkFiles, database = 'neo4j'): string[] {
  return [
    '--id-type=integer',
    '--array-delimiter=U+001F',
    `--multiline-fields=${files.multiline}`,
    `--nodes=${files.documents}`,
    `--nodes=${files.elements}`,
    `--relationships=MENTIONS=${files.mentions}`,
    `--relationships=CO_OCCURS=${files.coOccurs}`,
    '--overwrite-destination=true',
    database,
  ];
}
