import 'server-only';
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseExtractionLine, type PreparedDocument } from './prepare-document';
import { ingestChunk } from './ingest';

export interface BadLine {
  line: number;
  docId?: string;
  reason: string;
}

export interface IngestProgress {
  /** Lines read so far (written up to the last completed chunk). */
  lines: number;
  bytesRead: number;
  totalBytes: number;
  documents: number;
}

export interface IngestOptions {
  /** Write nothing at all when any line is bad. */
  strict?: boolean;
  /** Documents per transaction. */
  chunkSize?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary {
  lines: number;
  documents: number;
  created: number;
  replaced: number;
  unchanged: number;
  bad: BadLine[];
  /** True when --strict refused to write because of bad lines. */
  aborted: boolean;
  seconds: number;
}

const DEFAULT_CHUNK_SIZE = 5_000;

/** Counts the lines of a file without parsing them (for progress totals). */
export async function countLines(path: string): Promise<number> {
  let count = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count += 1;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? count : count + 1;
}

export async function* readLines(path: string): AsyncGenerator<{ text: string; line: number; bytesRead: number }> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    yield { text, line, bytesRead: stream.bytesRead };
  }
}

/** Validates every line of an extractions JSONL file without writing. */
export async function validateFile(path: string): Promise<{ lines: number; bad: BadLine[] }> {
  const bad: BadLine[] = [];
  let lines = 0;
  for await (const { text, line } of readLines(path)) {
    lines = line;
    if (text.trim() === '') continue;
    const result = parseExtractionLine(text, line);
    if (!result.ok) bad.push({ line: result.line, docId: result.docId, reason: result.reason });
  }
  return { lines, bad };
}

/**
 * Loads an extractions JSONL file (SPEC.md §2) into the graph, one transaction per chunk.
 * Bad lines are reported and skipped; with `strict`, any bad line means nothing is written.
 */
export async function ingestFile(path: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const totalBytes = statSync(path).size;
  const summary: IngestSummary = {
    lines: 0,
    documents: 0,
    created: 0,
    replaced: 0,
    unchanged: 0,
    bad: [],
    aborted: false,
    seconds: 0,
  };

  if (options.strict) {
    const { lines, bad } = await validateFile(path);
    if (bad.length > 0) {
      return { ...summary, lines, bad, aborted: true, seconds: (performance.now() - started) / 1000 };
    }
  }

  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  let chunk: PreparedDocument[] = [];
  let bytesRead = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const result = await ingestChunk(chunk);
    summary.created += result.created;
    summary.replaced += result.replaced;
    summary.unchanged += result.unchanged;
    chunk = [];
    options.onProgress?.({ lines: summary.lines, bytesRead, totalBytes, documents: summary.documents });
  };

  for await (const { text, line, bytesRead: read } of readLines(path)) {
    summary.lines = line;
    bytesRead = read;
    if (text.trim() === '') continue;
    const result = parseExtractionLine(text, line);
    if (!result.ok) {
      summary.bad.push({ line: result.line, docId: result.docId, reason: result.reason });
      continue;
    }
    summary.documents += 1;
    chunk.push(result.document);
    if (chunk.length >= chunkSize) await flush();
  }
  bytesRead = totalBytes;
  await flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
