import 'server-only';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Curator, type CurationSummary, type CurationThresholds } from './curate';

/** Curates a documents.jsonl file line by line. */
export async function curateFile(path: string, thresholds: Partial<CurationThresholds> = {}): Promise<CurationSummary> {
  const curator = new Curator(thresholds);
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity }))
    curator.add(text, (line += 1));
  return curator.summary();
}
