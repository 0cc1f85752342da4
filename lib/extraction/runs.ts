import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { applySchema } from '../db/schema';
import { AppError } from '../domain/errors';
import { serverEnv } from '../env';
import { llmConfig, missingModelMessage, type LlmConfig } from '../llm/config';
import { probeEndpoint } from '../llm/probe';
import type { CurationSummary } from './curate';
import { curateText } from './curate-file';
import { ExtractionAbortedError, runExtraction } from './run';
import { checkpoint, claimRun, createRun, finishRun, getRun, runUpload, type RunReport } from './run-store';
import type { ExtractionRunView } from './run-types';

export {
  getRun as extractionRun,
  listRuns as listExtractionRuns,
  requestCancel as cancelExtractionRun,
} from './run-store';

/**
 * This process's name on the runs it works on: host, pid and a random suffix, so a restarted app never
 * mistakes its predecessor's lease for its own.
 */
const RUNNER = `app@${hostname()}:${process.pid}-${randomBytes(3).toString('hex')}`;
/** How often a working instance checkpoints: a cancel made on any instance takes effect within this. */
const CHECKPOINT_MS = 500;
/** How often an instance looks for runs whose instance stopped. */
const CLAIM_POLL_MS = 1_000;

const leaseMs = () => serverEnv().EXTRACTION_LEASE_MS;

/** Why extraction cannot start (no endpoint, no model, endpoint down), or null when it can. */
export async function extractionBlocker(): Promise<string | null> {
  const settings = llmConfig();
  if (!settings.configured) return settings.message;
  if (settings.config.models.extract === undefined) return missingModelMessage('extract');
  const probe = await probeEndpoint(settings.config, 3_000);
  return probe.reachable ? null : `The LLM endpoint ${settings.config.baseUrl} does not answer: ${probe.error}`;
}

/**
 * Stores an uploaded documents.jsonl and its run in Neo4j and starts curation and extraction in this
 * server process; the run goes on after the request returns, and another instance takes it over if this
 * one stops before it ends.
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
  await applySchema();
  const id = randomUUID();
  await createRun({ id, name, text, jaccard, isStub: probe.isStub, startedBy, runner: RUNNER, leaseMs: leaseMs() });
  void execute(id, text, jaccard, settings.config);
  const view = await getRun(id);
  if (!view) throw new AppError(`The extraction run ${id} was not stored`);
  return view;
}

function curationView(curation: CurationSummary): NonNullable<ExtractionRunView['curation']> {
  const filtered: Record<string, number> = {};
  for (const f of curation.filtered) filtered[f.reason] = (filtered[f.reason] ?? 0) + 1;
  const exact = curation.duplicates.filter((d) => d.kind === 'exact').length;
  const t = curation.thresholds;
  return {
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
}

/**
 * Works on a run this process holds the lease of: checkpoints every CHECKPOINT_MS (renewing the lease,
 * storing progress, and stopping when a cancel was asked on any instance or the lease was lost), and
 * stores the outcome unless the run was taken over meanwhile. Documents extracted before are cached
 * (cache.ts), so a run taken over redoes them without LLM calls.
 */
async function execute(id: string, text: string, jaccard: number, config: LlmConfig): Promise<void> {
  const controller = new AbortController();
  const report: RunReport = { state: 'curating', curation: null, progress: null };
  let stop: 'cancel' | 'lost' | null = null;
  let checking = false;
  const tick = async () => {
    if (checking || stop) return;
    checking = true;
    try {
      const verdict = await checkpoint(id, RUNNER, leaseMs(), report);
      if (verdict !== 'ok') {
        stop = verdict;
        controller.abort();
      }
    } catch (error) {
      console.warn(`[extraction ${id}] checkpoint failed: ${(error as Error).message}`);
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void tick(), CHECKPOINT_MS);
  let outcome: { state: ExtractionRunView['state']; error: string | null; summary: ExtractionRunView['summary'] };
  try {
    const curation = await curateText(text, { jaccard });
    report.curation = curationView(curation);
    report.progress = { total: curation.kept.length, done: 0, fromCache: 0, extracted: 0, failed: 0 };
    report.state = 'extracting';
    await tick();
    if (controller.signal.aborted) throw new ExtractionAbortedError('Extraction stopped before it began.');
    const summary = await runExtraction(curation.kept, {
      config,
      signal: controller.signal,
      onProgress: (p) => (report.progress = p),
    });
    outcome = { state: 'done', error: null, summary: { ...summary, failures: summary.failures.slice(0, 100) } };
  } catch (error) {
    outcome = {
      state: error instanceof ExtractionAbortedError ? 'cancelled' : 'failed',
      error: (error as Error).message,
      summary: null,
    };
  } finally {
    clearInterval(timer);
  }
  // A lost lease means another instance works on the run now: what it writes counts, not this.
  if (stop === 'lost') return;
  await finishRun(id, RUNNER, { ...report, ...outcome }).catch((error: unknown) =>
    console.warn(`[extraction ${id}] could not store the outcome: ${(error as Error).message}`),
  );
}

/** Takes over one run whose instance stopped, if any, and works on it in the background. */
export async function claimAbandonedRun(): Promise<string | null> {
  const settings = llmConfig();
  if (!settings.configured) return null;
  const claimed = await claimRun(RUNNER, leaseMs());
  if (!claimed) return null;
  const text = await runUpload(claimed.id);
  console.log(`Extraction run ${claimed.id} taken over by ${RUNNER}.`);
  void execute(claimed.id, text, claimed.jaccard, settings.config);
  return claimed.id;
}

const globalForWorker = globalThis as unknown as { scogenExtractionWorker?: NodeJS.Timeout };

/**
 * Looks for abandoned runs every CLAIM_POLL_MS in this server process (one timer per process; the runs
 * themselves are in Neo4j): a run whose instance died or restarted resumes here once its lease expired.
 */
export function startExtractionWorker(): void {
  if (globalForWorker.scogenExtractionWorker) return;
  let busy = false;
  let last = '';
  globalForWorker.scogenExtractionWorker = setInterval(() => {
    if (busy) return;
    busy = true;
    claimAbandonedRun()
      .then(() => (last = ''))
      .catch((error: unknown) => {
        // A database that is down would otherwise log the same line every poll.
        const message = `Extraction worker: ${(error as Error).message}`;
        if (message !== last) console.warn(message);
        last = message;
      })
      .finally(() => (busy = false));
  }, CLAIM_POLL_MS);
  globalForWorker.scogenExtractionWorker.unref();
}
