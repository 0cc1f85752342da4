import type { ExtractionRunView } from '@/lib/extraction/run-types';

export type RunOutcomeKind = 'running' | 'done' | 'partial' | 'failed' | 'cancelled';

/** How a run ended (or that it still runs), as the run card says it. */
export interface RunOutcome {
  kind: RunOutcomeKind;
  /** The state as shown: "extracting", "done", "finished with 2 bad lines", "failed" … */
  label: string;
  /** Why it failed or what went wrong, in a sentence; null when nothing did. */
  reason: string | null;
  /** The progress bar's fill, 0–100: an ended run's bar is full, whatever it did. */
  percent: number;
  badLines: number;
  failedDocuments: number;
}

type RunFacts = Pick<ExtractionRunView, 'state' | 'error' | 'curation' | 'progress' | 'summary'>;

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** Lines of the file that were documents at all (blank lines are not). */
function recordLines(curation: NonNullable<RunFacts['curation']>): number {
  const filtered = Object.values(curation.filtered).reduce((sum, count) => sum + count, 0);
  return curation.kept + curation.badCount + filtered + curation.duplicates.exact + curation.duplicates.near;
}

function progressPercent(run: RunFacts): number {
  const p = run.progress;
  return p && p.total > 0 ? Math.round((100 * p.done) / p.total) : 0;
}

/**
 * The end state of an ingest run, told truthfully: "failed" when the run errored or nothing in the
 * file could be extracted (every line bad, nothing kept, every document failed), "finished with N bad
 * lines" when some lines or documents were lost, "done" only when everything went through.
 */
export function runOutcome(run: RunFacts): RunOutcome {
  const badLines = run.curation?.badCount ?? 0;
  const failedDocuments = run.summary
    ? Object.values(run.summary.failedByClass).reduce((sum, count) => sum + (count ?? 0), 0)
    : (run.progress?.failed ?? 0);
  const base = { badLines, failedDocuments };
  if (run.state === 'curating' || run.state === 'extracting')
    return { ...base, kind: 'running', label: run.state, reason: null, percent: progressPercent(run) };
  if (run.state === 'cancelled')
    return { ...base, kind: 'cancelled', label: 'cancelled', reason: run.error, percent: progressPercent(run) };
  const failed = (reason: string): RunOutcome => ({ ...base, kind: 'failed', label: 'failed', reason, percent: 100 });
  if (run.state === 'failed') return failed(run.error ?? 'The run stopped with an error.');

  const curation = run.curation;
  if (curation) {
    const records = recordLines(curation);
    if (records === 0) return failed('The file has no documents: every line is blank.');
    if (badLines === records)
      return failed(`Every line of the file is invalid (${badLines} of ${records}): nothing was extracted.`);
    if (curation.kept === 0)
      return failed(
        `No document was kept: ${plural(badLines, 'bad line', 'bad lines')}, the rest filtered out or duplicates.`,
      );
    if (failedDocuments > 0 && failedDocuments >= curation.kept)
      return failed(`Every document failed extraction (${failedDocuments} of ${curation.kept}).`);
  }
  if (badLines > 0 || failedDocuments > 0) {
    const parts = [
      ...(badLines > 0 ? [plural(badLines, 'bad line', 'bad lines')] : []),
      ...(failedDocuments > 0 ? [plural(failedDocuments, 'failed document', 'failed documents')] : []),
    ];
    const lost = [
      ...(badLines > 0 ? [`${plural(badLines, 'line was', 'lines were')} not valid and skipped`] : []),
      ...(failedDocuments > 0
        ? [`${plural(failedDocuments, 'document', 'documents')} failed extraction (retried on the next run)`]
        : []),
    ];
    return {
      ...base,
      kind: 'partial',
      label: `finished with ${parts.join(' and ')}`,
      reason: `${lost.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
      percent: 100,
    };
  }
  return { ...base, kind: 'done', label: 'done', reason: null, percent: 100 };
}
