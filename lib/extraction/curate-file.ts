import 'server-only';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { Curator, type CurationSummary, type CurationThresholds } from './curate';

async function curateLines(input: Readable, thresholds: Partial<CurationThresholds>): Promise<CurationSummary> {
  const curator = new Curator(thresholds);
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) curator.add(text, (line += 1));
  return curator.summary();
}

/** Curates a documents.jsonl file line by line. */
export function curateFile(path: string, thresholds: Partial<CurationThresholds> = {}): Promise<CurationSummary> {
  return curateLines(createReadStream(path, 'utf8'), thresholds);
}

/** Curates the text of a documents.jsonl, split into lines exactly as curateFile splits a file. */
export function curateText(text: string, thresholds: Partial<CurationThresholds> = {}): Promise<CurationSummary> {
  return curateLines(Readable.from([text]), thresholds);
}
