'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import Link from 'next/link';
import { formatCount } from '@/components/ui/format';
import type { AuditOverview } from '@/lib/audit/types';

/** Batches launched before sign-in existed have no launcher: their tokens are one row of their own. */
export const UNKNOWN_LAUNCHER = 'unknown (before sign-in)';

/** LLM tokens per user: every batch's stored token counters, summed by who launched it. */
export function TokenSpendTable({ overview }: { overview: UseQueryResult<AuditOverview> }) {
  const spend = overview.data?.spend ?? [];
  return (
    <section className="panel" aria-labelledby="audit-spend-heading">
      <h2 id="audit-spend-heading">Token spend per user</h2>
      {overview.error ? (
        <p role="alert">Could not load the token spend: {overview.error.message}</p>
      ) : overview.isPending ? (
        <p role="status">Loading token spend…</p>
      ) : spend.length === 0 ? (
        <p className="muted">
          No batch has been launched yet. <Link href="/sampler">Launch one from the Sampler</Link>.
        </p>
      ) : (
        <table className="table audit-spend">
          <thead>
            <tr>
              <th scope="col">Launched by</th>
              <th scope="col" className="num">
                Batches
              </th>
              <th scope="col" className="num">
                Prompt tokens
              </th>
              <th scope="col" className="num">
                Completion tokens
              </th>
              <th scope="col" className="num">
                Total tokens
              </th>
            </tr>
          </thead>
          <tbody>
            {spend.map((row) => (
              <tr key={row.actor?.id ?? ''}>
                <td>{row.actor ? row.actor.name : <span className="muted">{UNKNOWN_LAUNCHER}</span>}</td>
                <td className="num">{formatCount(row.batches)}</td>
                <td className="num">{formatCount(row.prompt)}</td>
                <td className="num">{formatCount(row.completion)}</td>
                <td className="num">{formatCount(row.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
