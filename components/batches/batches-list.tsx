'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { BatchSummary } from '@/lib/synthesis/types';
import { formatCount, formatTime, formatTokens } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatEta } from './format';
import { BatchProgressBar, ProgressLegend } from './progress-bar';
import { batchesQuery } from './queries';
import { Case2CodeLaunch } from './case2code-launch';
import { CodebaseLaunch } from './codebase-launch';
import { RunnerNotice } from './runner-notice';

function BatchRow({ batch }: { batch: BatchSummary }) {
  return (
    <tr>
      <td>
        <Link href={`/batches/${batch.id}`}>{batch.name || batch.id}</Link>
        <span className="note">
          {batch.strategy} · {batch.id}
        </span>
      </td>
      <td>
        <StatusBadge status={batch.status} />
        {batch.pauseReason ? <span className="note">{batch.pauseReason}</span> : null}
      </td>
      <td className="progress-cell">
        <BatchProgressBar batch={batch} />
        <span className="note">
          {formatCount(batch.done)} / {formatCount(batch.count)}
          {batch.failed > 0 ? ` · ${formatCount(batch.failed)} failed` : ''}
          {batch.inFlight > 0 ? ` · ${formatCount(batch.inFlight)} in flight` : ''}
        </span>
      </td>
      <td className="num" title={`${formatCount(batch.tokens.total)} tokens`}>
        {formatTokens(batch.tokens.total)}
        {batch.maxTokens !== null ? <span className="note">of {formatTokens(batch.maxTokens)}</span> : null}
      </td>
      <td className="num">{formatEta(batch)}</td>
      <td className="num">{formatTime(batch.createdAt)}</td>
    </tr>
  );
}

/** Every batch with live progress; polls every second while one is queued or running. */
export function BatchesList() {
  const { data, error, isLoading } = useQuery(batchesQuery());
  return (
    <div className="batches">
      <header className="page-header">
        <h1>Batches</h1>
        <p className="muted">
          Synthesis runs: each item&apos;s combination comes from the batch seed, then an LLM writes the problem and its
          reference answer. Launch one from the <Link href="/sampler">Sampler</Link>.
        </p>
      </header>
      {error ? (
        <p role="alert" className="panel panel-error">
          Could not load batches: {error.message}
        </p>
      ) : null}
      {data ? <RunnerNotice runners={data.runners} /> : null}
      <Case2CodeLaunch />
      <CodebaseLaunch />
      {isLoading ? <p role="status">Loading batches…</p> : null}
      {data && data.batches.length === 0 ? (
        <section className="panel batches-empty">
          <h2>No batches yet</h2>
          <p>
            Tune the parameters in the <Link href="/sampler">Sampler</Link>, preview the combinations, then press{' '}
            <strong>Launch batch</strong>.
          </p>
        </section>
      ) : null}
      {data && data.batches.length > 0 ? (
        <section className="panel">
          <div className="section-head">
            <h2>All batches</h2>
            <ProgressLegend />
          </div>
          <table className="table batches-table" aria-label="Batches">
            <thead>
              <tr>
                <th scope="col">Batch</th>
                <th scope="col">Status</th>
                <th scope="col">Progress</th>
                <th scope="col" className="num">
                  Tokens
                </th>
                <th scope="col" className="num">
                  ETA
                </th>
                <th scope="col" className="num">
                  Created
                </th>
              </tr>
            </thead>
            <tbody>
              {data.batches.map((batch) => (
                <BatchRow key={batch.id} batch={batch} />
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
