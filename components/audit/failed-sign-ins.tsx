'use client';

import type { UseQueryResult } from '@tanstack/react-query';
import { formatTime } from '@/components/ui/format';
import type { AuditOverview } from '@/lib/audit/types';

/** The newest failed sign-ins: which address was tried, from where, and what the app answered. */
export function FailedSignIns({ overview }: { overview: UseQueryResult<AuditOverview> }) {
  const failures = overview.data?.failedSignIns;
  if (!failures) return null;
  return (
    <section className="panel" aria-labelledby="audit-sign-ins-heading">
      <h2 id="audit-sign-ins-heading">Failed sign-ins</h2>
      {failures.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="table audit-sign-ins">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">E-mail tried</th>
              <th scope="col">From</th>
              <th scope="col" className="num">
                Answer
              </th>
            </tr>
          </thead>
          <tbody>
            {failures.map((f, i) => (
              <tr key={`${f.at}-${i}`}>
                <td>{formatTime(f.at)}</td>
                <td>{f.email ?? '—'}</td>
                <td>{f.ip ?? 'unknown address'}</td>
                <td className="num">{f.status ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
