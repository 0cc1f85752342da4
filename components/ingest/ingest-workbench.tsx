'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ExtractionRunView } from '@/lib/extraction/run-types';
import { fetchJson } from '@/components/ui/fetch-json';
import { runOutcome } from './run-outcome';
import { RoleNote, useCan } from '@/components/ui/identity';

const runsQuery = {
  queryKey: ['extraction-runs'] as const,
  queryFn: () => fetchJson<{ runs: ExtractionRunView[]; blocker: string | null }>('/api/extraction/runs'),
  // Live while anything runs, quiet otherwise.
  refetchInterval: (query: { state: { data?: { runs: ExtractionRunView[] } } }) =>
    query.state.data?.runs.some((r) => r.state === 'curating' || r.state === 'extracting') ? 1_000 : 15_000,
};

const n = (value: number) => value.toLocaleString('en-US');

function RunCard({ run, onCancel }: { run: ExtractionRunView; onCancel?: (id: string) => void }) {
  const p = run.progress;
  const outcome = runOutcome(run);
  const active = outcome.kind === 'running';
  return (
    <article className={`panel run-card run-${outcome.kind}`} aria-label={`Run ${run.name}`}>
      <header className="run-head">
        <h3>{run.name}</h3>
        <span className={`run-state ${outcome.kind === 'running' ? run.state : outcome.kind}`} aria-label="Run state">
          {outcome.label}
        </span>
        {active && onCancel ? (
          <button type="button" disabled={run.cancelRequested} onClick={() => onCancel(run.id)}>
            {run.cancelRequested ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : null}
      </header>
      {run.startedBy ? <p className="muted small">Started by {run.startedBy.name}</p> : null}
      {run.isStub ? (
        <p className="muted small">
          Extracted by the SCoGen stub, not a model: elements come from each document&apos;s own words.
        </p>
      ) : null}
      <div
        className={`progress progress-${outcome.kind}`}
        role="progressbar"
        aria-label={`Progress of ${run.name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={outcome.percent}
        aria-valuetext={`${outcome.percent}%, ${outcome.label}`}
      >
        <span style={{ width: `${outcome.percent}%` }} />
      </div>
      {outcome.reason && outcome.kind !== 'cancelled' ? (
        <p
          className={outcome.kind === 'failed' ? 'run-reason run-reason-failed' : 'run-reason run-reason-partial'}
          role={outcome.kind === 'failed' ? 'alert' : 'status'}
          aria-label="Outcome"
        >
          {outcome.reason}
        </p>
      ) : null}
      {p ? (
        <p className="small">
          {n(p.done)} / {n(p.total)} documents · {n(p.extracted)} extracted · {n(p.fromCache)} from cache ·{' '}
          {n(p.failed)} failed
        </p>
      ) : null}
      {run.curation ? (
        <dl className="run-summary" aria-label="Curation">
          <div>
            <dt>Lines</dt>
            <dd>{n(run.curation.lines)}</dd>
          </div>
          <div>
            <dt>Kept</dt>
            <dd>
              {n(run.curation.kept)}
              {run.curation.codeOnly > 0 ? ` (${n(run.curation.codeOnly)} code-only)` : ''}
            </dd>
          </div>
          <div>
            <dt>Bad lines</dt>
            <dd>{n(run.curation.bad.length)}</dd>
          </div>
          <div>
            <dt>Filtered</dt>
            <dd>
              {Object.entries(run.curation.filtered)
                .map(([reason, count]) => `${reason} ${count}`)
                .join(', ') || '0'}
            </dd>
          </div>
          <div>
            <dt>Duplicates</dt>
            <dd>
              {run.curation.duplicates.exact} exact, {run.curation.duplicates.near} near
            </dd>
          </div>
        </dl>
      ) : null}
      {run.curation ? (
        <p className="muted small">
          Thresholds: {n(run.curation.thresholds.minChars)}–{n(run.curation.thresholds.maxChars)} characters, lines ≤{' '}
          {n(run.curation.thresholds.maxLineBytes)} bytes, ≥ {run.curation.thresholds.minAsciiLetterShare * 100}% ASCII
          letters and ≥ {run.curation.thresholds.minStopwordShare * 100}% English function words in the prose, near
          duplicate at Jaccard ≥ {run.curation.thresholds.jaccard}.
        </p>
      ) : null}
      {run.curation && run.curation.bad.length > 0 ? (
        <details className="bad-lines" open={outcome.kind !== 'done'}>
          <summary>Which lines were bad, and why ({n(run.curation.badCount)})</summary>
          <ul className="small" aria-label="Bad lines">
            {run.curation.bad.map((b) => (
              <li key={b.line}>
                line {b.line}: {b.reason}
              </li>
            ))}
          </ul>
          {run.curation.badCount > run.curation.bad.length ? (
            <p className="muted small">
              The first {n(run.curation.bad.length)} are listed; <code>npm run extract -- file.jsonl</code> reports
              every one.
            </p>
          ) : null}
        </details>
      ) : null}
      {run.summary && run.summary.failures.length > 0 ? (
        <details className="bad-lines" open>
          <summary>Documents that failed extraction ({n(outcome.failedDocuments)})</summary>
          <ul className="small" aria-label="Failed documents">
            {run.summary.failures.map((f) => (
              <li key={f.docId}>
                line {f.line} ({f.docId}): {f.failureClass}, {f.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {run.summary ? (
        <dl className="run-summary" aria-label="Extraction summary">
          <div>
            <dt>Extracted</dt>
            <dd>{n(run.summary.extracted)}</dd>
          </div>
          <div>
            <dt>From cache</dt>
            <dd>{n(run.summary.fromCache)}</dd>
          </div>
          <div>
            <dt>Failed</dt>
            <dd>
              {Object.entries(run.summary.failedByClass)
                .map(([cls, count]) => `${cls} ${count}`)
                .join(', ') || '0'}
            </dd>
          </div>
          <div>
            <dt>Tokens</dt>
            <dd>{n(run.summary.usage.totalTokens)}</dd>
          </div>
          <div>
            <dt>Graph</dt>
            <dd>
              {n(run.summary.graph.created)} new, {n(run.summary.graph.replaced)} replaced
            </dd>
          </div>
        </dl>
      ) : null}
      {run.error && outcome.kind === 'cancelled' ? <p className="muted small">{run.error}</p> : null}
    </article>
  );
}

/** Upload a documents.jsonl, start curation + extraction, and watch runs live. */
export function IngestWorkbench() {
  const client = useQueryClient();
  const { data, error } = useQuery(runsQuery);
  const file = useRef<HTMLInputElement>(null);
  const [jaccard, setJaccard] = useState('0.8');
  // Shown by the file field only after a start without a file; choosing one clears it.
  const [missingFile, setMissingFile] = useState(false);
  const start = useMutation({
    mutationFn: async (chosen: File) => {
      const params = new URLSearchParams({ name: chosen.name, jaccard });
      return fetchJson<ExtractionRunView>(`/api/extraction/runs?${params}`, {
        method: 'POST',
        body: await chosen.text(),
        headers: { 'content-type': 'application/x-ndjson' },
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: runsQuery.queryKey }),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => fetchJson<ExtractionRunView>(`/api/extraction/runs/${id}/cancel`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: runsQuery.queryKey }),
  });
  const blocker = data?.blocker ?? null;
  const admin = useCan('admin');

  return (
    <div className="ingest">
      <header className="page-header">
        <h1>Ingest documents</h1>
        <p className="muted">
          Upload raw documents (one JSON object per line: id, source, title, body, tags?, answers?). They are curated,
          extracted with the configured LLM and added to the graph. Large files:{' '}
          <code>npm run extract -- file.jsonl</code>.
        </p>
      </header>
      {error ? <p role="alert">Could not load runs: {(error as Error).message}</p> : null}
      {blocker ? (
        <section className="panel panel-warn" role="status" aria-label="Extraction disabled">
          <strong>Extraction is disabled.</strong>
          <pre className="doc-text">{blocker}</pre>
        </section>
      ) : null}
      {admin ? (
        <form
          className="panel ingest-form"
          onSubmit={(e) => {
            e.preventDefault();
            const chosen = file.current?.files?.[0];
            setMissingFile(!chosen);
            if (chosen) start.mutate(chosen);
            else start.reset();
          }}
        >
          <div className="ingest-file">
            <label>
              Documents file (.jsonl)
              <input
                ref={file}
                type="file"
                accept=".jsonl,.ndjson,application/x-ndjson,application/json"
                aria-label="Documents file"
                aria-invalid={missingFile || undefined}
                aria-describedby={missingFile ? 'ingest-file-error' : undefined}
                onChange={(e) => {
                  if (e.currentTarget.files?.length) setMissingFile(false);
                  start.reset();
                }}
              />
            </label>
            {missingFile ? (
              <p id="ingest-file-error" className="field-error" role="alert">
                Choose a documents.jsonl file first.
              </p>
            ) : null}
          </div>
          <label>
            Near-duplicate Jaccard threshold
            <input
              type="number"
              min={0.01}
              max={1}
              step={0.01}
              value={jaccard}
              onChange={(e) => setJaccard(e.target.value)}
              aria-label="Jaccard threshold"
            />
          </label>
          <button type="submit" disabled={blocker !== null || start.isPending}>
            {start.isPending ? 'Starting…' : 'Start extraction'}
          </button>
          {start.error ? <p role="alert">{(start.error as Error).message}</p> : null}
        </form>
      ) : (
        <RoleNote need="admin" action="Uploading documents" />
      )}
      <section aria-label="Runs">
        <h2>Runs</h2>
        {data && data.runs.length === 0 ? <p className="muted">No runs in this server process yet.</p> : null}
        {data?.runs.map((run) => (
          <RunCard key={run.id} run={run} {...(admin ? { onCancel: (id: string) => cancel.mutate(id) } : {})} />
        ))}
      </section>
    </div>
  );
}
