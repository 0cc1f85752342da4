import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applySchema } from '../db/schema';
import { AppError } from '../domain/errors';
import { llmConfig, missingModelMessage } from '../llm/config';
import { probeEndpoint } from '../llm/probe';
import { curateFile } from './curate-file';
import { ExtractionAbortedError, runExtraction } from './run';
import type { ExtractionRunView } from './run-types';

interface RunEntry {
  view: ExtractionRunView;
  controller: AbortController;
}

const UPLOAD_DIR = path.join(process.cwd(), '.data', 'uploads');
const MAX_RUNS = 20;
const globalRuns = globalThis as unknown as { scogenExtractionRuns?: Map<string, RunEntry> };
const runs = (globalRuns.scogenExtractionRuns ??= new Map());

/** Why extraction cannot start (no endpoint, no model, endpoint down), or null when it can. */
export async function extractionBlocker(): Promise<string | null> {
  const settings = llmConfig();
  if (!settings.configured) return settings.message;
  if (settings.config.models.extract === undefined) return missingModelMessage('extract');
  const probe = await probeEndpoint(settings.config, 3_000);
  return probe.reachable ? null : `The LLM endpoint ${settings.config.baseUrl} does not answer: ${probe.error}`;
}

/**
 * Saves an uploaded documents.jsonl and starts curation and extraction in this server process;
 * the run goes on after the request returns (and after the browser closes).
 */
export async function startExtractionRun(
  name: string,
  text: string,
  jaccard: number,
  startedBy: ExtractionRunView['startedBy'] = null,
): Promise<ExtractionRunView> {
  const settings = llmConfig();
  if (!settings.configured) throw new AppError(settings.message);
  const probe = await probeEndpoint(settings.config, 3_000);
  if (!probe.reachable)
    throw new AppError(`The LLM endpoint ${settings.config.baseUrl} does not answer: ${probe.error}`);

  const id = randomUUID();
  mkdirSync(UPLOAD_DIR, { recursive: true });
  const file = path.join(UPLOAD_DIR, `${id}.jsonl`);
  writeFileSync(file, text);
  const entry: RunEntry = {
    controller: new AbortController(),
    view: {
      id,
      name,
      state: 'curating',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
      isStub: probe.isStub,
      startedBy,
      curation: null,
      progress: null,
      summary: null,
    },
  };
  runs.set(id, entry);
  for (const old of [...runs.keys()].slice(0, Math.max(0, runs.size - MAX_RUNS))) runs.delete(old);
  void execute(entry, file, jaccard, settings.config);
  return entry.view;
}

async function execute(
  entry: RunEntry,
  file: string,
  jaccard: number,
  config: Parameters<typeof runExtraction>[1]['config'],
): Promise<void> {
  const view = entry.view;
  try {
    const curation = await curateFile(file, { jaccard });
    const filtered: Record<string, number> = {};
    for (const f of curation.filtered) filtered[f.reason] = (filtered[f.reason] ?? 0) + 1;
    const exact = curation.duplicates.filter((d) => d.kind === 'exact').length;
    const t = curation.thresholds;
    view.curation = {
      lines: curation.lines,
      kept: curation.kept.length,
      codeOnly: curation.kept.filter((d) => d.codeOnly).length,
      badCount: curation.bad.length,
      bad: curation.bad.slice(0, 50).map((b) => ({ line: b.line, reason: b.reason })),
      filtered,
      duplicates: { exact, near: curation.duplicates.length - exact },
      thresholds: {
        minChars: t.minChars,
        maxChars: t.maxChars,
        maxLineBytes: t.maxLineBytes,
        jaccard: t.jaccard,
        minAsciiLetterShare: t.minAsciiLetterShare,
        minStopwordShare: t.minStopwordShare,
      },
    };
    view.state = 'extracting';
    view.progress = { total: curation.kept.length, done: 0, fromCache: 0, extracted: 0, failed: 0 };
    await applySchema();
    const summary = await runExtraction(curation.kept, {
      config,
      signal: entry.controller.signal,
      onProgress: (p) => (view.progress = p),
    });
    view.summary = { ...summary, failures: summary.failures.slice(0, 100) };
    view.state = 'done';
  } catch (error) {
    view.state = error instanceof ExtractionAbortedError ? 'cancelled' : 'failed';
    view.error = (error as Error).message;
  } finally {
    view.finishedAt = new Date().toISOString();
  }
}

export function listExtractionRuns(): ExtractionRunView[] {
  return [...runs.values()].map((r) => r.view).reverse();
}

export function extractionRun(id: string): ExtractionRunView | undefined {
  return runs.get(id)?.view;
}

export function cancelExtractionRun(id: string): ExtractionRunView | undefined {
  const entry = runs.get(id);
  entry?.controller.abort();
  return entry?.view;
}
