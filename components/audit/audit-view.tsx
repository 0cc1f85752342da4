'use client';

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { formatTime } from '@/components/ui/format';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, isAuditAction } from '@/lib/audit/types';
import { auditEventsQuery, auditOverviewQuery, type AuditFilter } from './queries';
import { FailedSignIns } from './failed-sign-ins';
import { TokenSpendTable } from './token-spend';
import { TargetLink } from './target-link';

function filterOf(params: URLSearchParams): AuditFilter {
  const action = params.get('action');
  return { actor: params.get('actor') || null, action: isAuditAction(action) ? action : null };
}

/** The audit page: who launched, cancelled, reviewed, exported or ingested what and when; tokens per user. */
export function AuditView() {
  const params = useSearchParams();
  const router = useRouter();
  const filter = filterOf(new URLSearchParams(params.toString()));
  const update = (change: Partial<AuditFilter>) => {
    const next = { ...filter, ...change };
    const search = new URLSearchParams();
    if (next.actor) search.set('actor', next.actor);
    if (next.action) search.set('action', next.action);
    router.replace(`/audit${search.size > 0 ? `?${search}` : ''}`, { scroll: false });
  };
  const overview = useQuery(auditOverviewQuery());
  const events = useInfiniteQuery(auditEventsQuery(filter));
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <div className="audit">
      <header className="page-header">
        <div>
          <h1>Audit</h1>
          <p className="muted">
            Who launched, cancelled, approved, rejected, edited or exported what, and when; the LLM tokens each
            user&apos;s batches spent.
          </p>
        </div>
      </header>

      <TokenSpendTable overview={overview} />

      <section className="panel" aria-labelledby="audit-log-heading">
        <h2 id="audit-log-heading">Log</h2>
        <div className="button-row audit-filters">
          <label>
            User{' '}
            <select value={filter.actor ?? ''} onChange={(event) => update({ actor: event.target.value || null })}>
              <option value="">everyone</option>
              {(overview.data?.actors ?? []).map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Action{' '}
            <select
              value={filter.action ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                update({ action: isAuditAction(value) ? value : null });
              }}
            >
              <option value="">any</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {action} ({AUDIT_ACTION_LABELS[action]})
                </option>
              ))}
            </select>
          </label>
        </div>
        {events.error ? (
          <p role="alert">Could not load the audit log: {events.error.message}</p>
        ) : events.isPending ? (
          <p role="status">Loading the audit log…</p>
        ) : rows.length === 0 ? (
          <p className="muted">No events{filter.actor || filter.action ? ' match this filter' : ' yet'}.</p>
        ) : (
          <table className="table audit-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((event) => (
                <tr key={event.id}>
                  <td>{formatTime(event.at)}</td>
                  <td>
                    {event.actor.name}{' '}
                    <span className="muted small">
                      {event.actor.role}
                      {event.actor.via === 'token' ? ' · API token' : event.actor.via === 'local' ? ' · local' : ''}
                    </span>
                  </td>
                  <td title={AUDIT_ACTION_LABELS[event.action]}>{event.action}</td>
                  <td>
                    <TargetLink target={event.target} />
                  </td>
                  <td>{event.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {events.hasNextPage ? (
          <button type="button" disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
            {events.isFetchingNextPage ? 'Loading…' : 'Older events'}
          </button>
        ) : rows.length > 0 ? (
          <p className="muted small">End of the log.</p>
        ) : null}
      </section>

      <FailedSignIns overview={overview} />
    </div>
  );
}
