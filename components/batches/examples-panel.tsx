'use client';

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DROP_LABELS, DROP_REASONS } from '@/lib/domain/examples';
import type { BatchExamples } from '@/lib/examples/summary';
import type { BatchDetail } from '@/lib/synthesis/types';
import { fetchJson } from '@/components/ui/fetch-json';
import { formatCount } from '@/components/ui/format';
import { CountBars } from './count-bars';

const batchExamplesQuery = (id: string, active: boolean) =>
  queryOptions({
    queryKey: ['batches', 'examples', id],
    queryFn: () => fetchJson<BatchExamples>(`/api/batches/${encodeURIComponent(id)}/examples`),
    staleTime: 500,
    refetchInterval: (query) => (query.state.error ? false : active ? 2_000 : false),
  });

/** Executed examples over a batch: problems that kept them, why the others kept none, inputs dropped by reason. */
export function ExamplesSummaryPanel({ batch }: { batch: BatchDetail }) {
  const active = batch.status === 'queued' || batch.status === 'running';
  const { data, error, refetch } = useQuery(batchExamplesQuery(batch.id, active));
  useEffect(() => {
    void refetch();
  }, [batch.done, batch.failed, batch.status, refetch]);
  if (error)
    return (
      <section className="panel" aria-labelledby="examples-summary-heading">
        <h2 id="examples-summary-heading">Executed examples</h2>
        <p role="alert">Could not load the examples: {error.message}</p>
      </section>
    );
  if (!data) return null;
  const dropped = DROP_REASONS.filter((r) => data.dropped[r] > 0);
  return (
    <section className="panel" aria-labelledby="examples-summary-heading">
      <div className="section-head">
        <h2 id="examples-summary-heading">Executed examples</h2>
        <span className="muted small">outputs observed in the sandbox, never the model&apos;s claims</span>
      </div>
      <p className="progress-text" aria-label="Examples counts">
        <strong>{formatCount(data.withExamples)}</strong> of {formatCount(data.problems)} problems kept examples (
        {formatCount(data.examples)} in all) · {formatCount(data.problems - data.withExamples)} kept none
      </p>
      {data.without.length > 0 ? (
        <table className="table failures-table" aria-label="Problems without examples, by reason">
          <thead>
            <tr>
              <th scope="col">Why no examples</th>
              <th scope="col" className="num">
                Problems
              </th>
            </tr>
          </thead>
          <tbody>
            {data.without.map((row) => (
              <tr key={row.reason}>
                <td className="small">{row.reason}</td>
                <td className="num">{formatCount(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {dropped.length > 0 ? (
        <figure>
          <figcaption>Inputs dropped by the filter</figcaption>
          <CountBars
            title="Dropped inputs by reason"
            axisTitle="reason"
            bars={dropped.map((r) => ({ label: r.replace('_', ' '), count: data.dropped[r], tone: 'tone-bad' }))}
          />
          <ul className="small note">
            {dropped.map((r) => (
              <li key={r}>
                <code>{r}</code>: {DROP_LABELS[r]} ({formatCount(data.dropped[r])})
              </li>
            ))}
          </ul>
        </figure>
      ) : null}
    </section>
  );
}
