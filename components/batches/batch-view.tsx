'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { BatchDetail } from '@/lib/synthesis/types';
import { formatCount, formatTime } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { Term } from '@/components/ui/term';
import { BatchControls, overBudget } from './batch-controls';
import { BatchParams } from './batch-params';
import { BatchProgress } from './batch-progress';
import { CoherenceHistogram } from './coherence-histogram';
import { FailuresTable } from './failures-table';
import { ItemsList } from './items-list';
import { batchQuery } from './queries';
import { BatchRunners } from './runner-notice';
import { SamplesList } from './samples-list';
import { ExamplesSummaryPanel } from './examples-panel';
import { VerificationPanel } from './verification-panel';

/** The review queue filtered to the batch (the `batch` parameter of components/review/view-state.ts). */
/** Who launched the batch; batches from before sign-in existed do not know. */
export const launchedBy = (batch: Pick<BatchDetail, 'launchedBy'>) =>
  batch.launchedBy ? `launched by ${batch.launchedBy.name}` : 'launched by unknown (before sign-in)';

export const reviewHref = (batchId: string) => `/review?${new URLSearchParams({ batch: batchId })}`;

/** GET /api/export scoped to the batch: all its problems, whatever their review status, with full metadata. */
export const exportHref = (batchId: string) =>
  `/api/export?${new URLSearchParams({ batch: batchId, status: 'all', format: 'full' })}`;

function PauseReason({ batch }: { batch: BatchDetail }) {
  if (!batch.pauseReason && !(batch.status === 'paused' && overBudget(batch))) return null;
  const title = batch.status === 'failed' ? 'The batch failed' : batch.status === 'paused' ? 'Paused' : 'Note';
  return (
    <div
      className={batch.status === 'failed' ? 'notice notice-error pause-reason' : 'notice notice-warn pause-reason'}
      role="alert"
      aria-label="Pause reason"
    >
      <strong>{title}:</strong>{' '}
      {batch.pauseReason ?? `the token budget of ${formatCount(batch.maxTokens ?? 0)} is reached.`}
    </div>
  );
}

function Quality({ batch }: { batch: BatchDetail }) {
  return (
    <section className="panel" aria-labelledby="quality-heading">
      <h2 id="quality-heading">Checks</h2>
      <dl className="param-list">
        <Term label="Flagged by the feature check">
          {formatCount(batch.flagged)} of {formatCount(batch.done)} problems
          <span className="note">a statement that mentions none of a feature&apos;s key terms</span>
        </Term>
        <Term label="llm strategy fallbacks">
          {batch.params.strategy === 'llm' ? (
            <>
              {formatCount(batch.fallbacks)} items used random
              <span className="note">the LLM&apos;s pick failed or named something outside the candidates</span>
            </>
          ) : (
            'not used (strategy random)'
          )}
        </Term>
      </dl>
    </section>
  );
}

/** One batch, live: progress, runners, controls, failures, every item, checks, coherence, samples and parameters. */
export function BatchView({ id }: { id: string }) {
  const { data: batch, error, isLoading } = useQuery(batchQuery(id));

  if (error) {
    return (
      <div className="batches">
        <p role="alert" className="panel panel-error">
          Could not load batch {id}: {error.message}
        </p>
        <Link href="/batches">All batches</Link>
      </div>
    );
  }
  if (isLoading || !batch) return <p role="status">Loading batch…</p>;

  return (
    <div className="batches batch-view">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/batches">Batches</Link> / <span>{batch.id}</span>
      </nav>
      <header className="page-header batch-header">
        <h1>{batch.name || batch.id}</h1>
        <StatusBadge status={batch.status} />
        <span className="muted">
          {batch.id} · created {formatTime(batch.createdAt)} · {launchedBy(batch)}
          {batch.cancelledBy ? ` · cancelled by ${batch.cancelledBy.name}` : ''}
        </span>
      </header>
      <PauseReason batch={batch} />
      <BatchRunners batch={batch} />
      <nav className="batch-links" aria-label="This batch elsewhere">
        <Link className="button" href={reviewHref(batch.id)}>
          Review this batch
        </Link>
        <a className="button" href={exportHref(batch.id)} download>
          Export this batch
        </a>
        <span className="note">every problem of the batch, any review status, as full-metadata JSONL</span>
      </nav>
      <div className="batch-columns">
        <div className="batch-main">
          <BatchProgress batch={batch} />
          <BatchControls batch={batch} />
          <FailuresTable batch={batch} />
          {batch.params.verify?.enabled ? <VerificationPanel batch={batch} /> : null}
          {(batch.params.verify?.enabled && (batch.params.verify.examples ?? 0) > 0) ||
          batch.params.kind === 'case2code' ? (
            <ExamplesSummaryPanel batch={batch} />
          ) : null}
          <ItemsList batch={batch} />
          <SamplesList batch={batch} />
        </div>
        <div className="batch-side">
          <BatchParams batch={batch} />
          {(batch.params.kind ?? 'scenario') !== 'scenario' ? null : (
            <>
              <Quality batch={batch} />
              <CoherenceHistogram coherence={batch.coherence} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
