'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { elementProblemsQuery } from './queries';

const reviewHref = (params: Record<string, string>) => `/review?${new URLSearchParams(params)}`;

/** For an element's details (Explore): the problems that used an element, with their review status. */
export function ElementProblems({ id }: { id: string }) {
  const { data, error, isLoading } = useQuery(elementProblemsQuery(id));
  return (
    <section className="element-problems" aria-label="Problems using this element">
      <h3>
        Problems using it <span className="muted">({data?.total ?? '…'})</span>
      </h3>
      {isLoading ? <p className="muted small">Loading…</p> : null}
      {error ? (
        <p role="alert" className="small">
          Could not load problems: {error.message}
        </p>
      ) : null}
      {data && data.total === 0 ? <p className="muted small">No generated problem uses it yet.</p> : null}
      {data && data.total > 0 ? (
        <>
          <p className="small">
            {data.counts.approved} approved · {data.counts.rejected} rejected · {data.counts.pending} pending ·{' '}
            <Link href={reviewHref({ element: id, status: 'all' })}>review them</Link>
          </p>
          <ul>
            {data.problems.map((p) => (
              <li key={p.key}>
                <StatusBadge status={p.status} />{' '}
                <Link href={reviewHref({ element: id, status: 'all', focus: p.key })}>{p.title}</Link>
                <span className="muted small">
                  {' '}
                  · {p.batchId}
                  {p.role === 'scenario' ? ' · as scenario' : ''}
                </span>
              </li>
            ))}
          </ul>
          {data.total > data.problems.length ? (
            <p className="muted small">
              Newest {data.problems.length} of {data.total}.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
