import 'server-only';
import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import type { DocumentRecord } from '../domain/document-record';
import { extractionRecordSchema, type ExtractionRecord } from '../domain/extraction-record';
import { AppError } from '../domain/errors';
import { chatJson } from '../llm/client';
import { missingModelMessage, type LlmConfig } from '../llm/config';
import { LlmError, type FailureClass } from '../llm/errors';
import { documentMessage, extractionRequest } from '../llm/extraction-request';
import { loadPrompt } from '../llm/prompts';
import { UsageTotals } from '../llm/usage';
import { cacheKey, neo4jExtractionCache, type ExtractionCache } from './cache';
import type { CuratedDocument } from './curate';
import { writeExtractions, type GraphWriteTotals } from './graph-writer';

export interface ExtractionProgress {
  /** Documents to account for: every kept document. */
  total: number;
  /** Documents finished so far: from the cache, newly extracted or failed. */
  done: number;
  fromCache: number;
  extracted: number;
  failed: number;
}

export interface ExtractionFailure {
  docId: string;
  line: number;
  failureClass: FailureClass;
  message: string;
}

export interface ExtractionOptions {
  config: LlmConfig;
  /** Documents in flight at once (the endpoint's own limit still applies); default config.concurrency. */
  concurrency?: number;
  /** Stops taking new documents; the run then rejects with ExtractionAbortedError. */
  signal?: AbortSignal;
  onProgress?: (progress: ExtractionProgress) => void;
  /** Default: the Neo4j cache. */
  cache?: ExtractionCache;
  /** Write records to the graph (default true); benchmarks turn it off. */
  ingest?: boolean;
  /** Documents per ingest transaction. */
  ingestBatch?: number;
  /** Extra request headers per document (tests use them to inject stub faults). */
  headersFor?: (document: DocumentRecord) => Record<string, string> | undefined;
}

export interface ExtractionSummary {
  documents: number;
  fromCache: number;
  extracted: number;
  failures: ExtractionFailure[];
  failedByClass: Partial<Record<FailureClass, number>>;
  graph: GraphWriteTotals;
  usage: ReturnType<UsageTotals['toJSON']>;
  model: string;
  promptHash: string;
  seconds: number;
}

/** A run stopped by its AbortSignal; what finished before is cached and ingested. */
export class ExtractionAbortedError extends AppError {
  override name = 'ExtractionAbortedError';
}

/** Hash of everything the extraction of a document depends on besides prompt and model. */
export function documentHash(document: DocumentRecord): string {
  return createHash('sha256')
    .update(JSON.stringify([document.source, documentMessage(document)]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Extracts the elements of curated documents with the LLM, caching each validated record by
 * (document hash, prompt hash, model) before counting it, and ingests records into the graph.
 * Cached documents make no LLM call; failed ones are reported with their class and retried next run.
 */
export async function runExtraction(
  documents: readonly CuratedDocument[],
  options: ExtractionOptions,
): Promise<ExtractionSummary> {
  const started = performance.now();
  const model = options.config.models.extract;
  if (model === undefined) throw new LlmError('not_configured', missingModelMessage('extract'));
  const promptHash = loadPrompt('extract').hash;
  const cache = options.cache ?? neo4jExtractionCache;
  // Every request in flight listens on the one signal.
  if (options.signal) setMaxListeners(0, options.signal);
  const ingest = options.ingest ?? true;
  const batchSize = options.ingestBatch ?? 100;
  const usage = new UsageTotals();
  const graph: GraphWriteTotals = { created: 0, replaced: 0, unchanged: 0 };
  const failures: ExtractionFailure[] = [];
  const progress: ExtractionProgress = { total: documents.length, done: 0, fromCache: 0, extracted: 0, failed: 0 };

  const keyed = documents.map((document) => ({
    document,
    key: cacheKey(documentHash(document.record), promptHash, model),
  }));
  const cached = await cache.lookup(keyed.map((k) => k.key));

  let pending: Array<{ record: ExtractionRecord; document: DocumentRecord }> = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async (all: boolean) => {
    if (!ingest || (!all && pending.length < batchSize)) return;
    const batch = pending;
    pending = [];
    // One ingest transaction at a time, in completion order.
    writing = writing.then(() => writeExtractions(batch, graph));
    await writing;
  };
  const finish = async (
    kind: 'fromCache' | 'extracted' | 'failed',
    item?: { record: ExtractionRecord; document: DocumentRecord },
  ) => {
    if (item && ingest) pending.push(item);
    progress[kind] += 1;
    progress.done += 1;
    await flush(false);
    options.onProgress?.({ ...progress });
  };

  const toExtract: typeof keyed = [];
  for (const item of keyed) {
    const hit = cached.get(item.key);
    if (!hit) toExtract.push(item);
    // The cache key covers the content, not the id: a renamed document reuses its record.
    else
      await finish('fromCache', {
        record: {
          ...hit,
          docId: item.document.record.id,
          source: item.document.record.source,
          title: item.document.record.title,
        },
        document: item.document.record,
      });
  }

  let next = 0;
  let crashed = false;
  const worker = async () => {
    while (next < toExtract.length && !options.signal?.aborted && !crashed) {
      const { document, key } = toExtract[next++]!;
      const { record: doc, line } = document;
      try {
        const request = extractionRequest(doc);
        const result = await chatJson({
          ...request,
          config: options.config,
          signal: options.signal,
          headers: options.headersFor?.(doc),
        });
        const parsed = extractionRecordSchema.safeParse({
          docId: doc.id,
          source: doc.source,
          title: doc.title,
          ...result.data,
          model,
          promptVersion: promptHash,
        });
        if (!parsed.success)
          throw new LlmError(
            'invalid_output',
            `extract: the record does not validate: ${parsed.error.issues[0]?.message}`,
            result.usage,
          );
        const record = parsed.data;
        usage.add(result.usage);
        await cache.store({ key, docHash: documentHash(doc), promptHash, model, record, usage: result.usage });
        await finish('extracted', { record, document: doc });
      } catch (error) {
        if (!(error instanceof LlmError) || options.signal?.aborted) throw error;
        usage.add(error.usage, true);
        failures.push({ docId: doc.id, line, failureClass: error.failureClass, message: error.message });
        await finish('failed');
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? options.config.concurrency, toExtract.length));
  const guarded = () =>
    worker().catch((error: unknown) => {
      crashed = true;
      throw error;
    });
  const settled = await Promise.allSettled(Array.from({ length: workers }, guarded));
  const fatal = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected' && !options.signal?.aborted);
  // A crash (not an abort) leaves the pending batch unwritten on purpose: the cache replays it next run.
  if (fatal) throw fatal.reason;
  await flush(true);
  if (options.signal?.aborted)
    throw new ExtractionAbortedError(
      `Extraction stopped after ${progress.done} of ${progress.total} documents; run it again to continue.`,
    );

  const failedByClass: Partial<Record<FailureClass, number>> = {};
  for (const f of failures) failedByClass[f.failureClass] = (failedByClass[f.failureClass] ?? 0) + 1;
  return {
    documents: documents.length,
    fromCache: progress.fromCache,
    extracted: progress.extracted,
    failures,
    failedByClass,
    graph,
    usage: usage.toJSON(),
    model,
    promptHash,
    seconds: (performance.now() - started) / 1000,
  };
}
