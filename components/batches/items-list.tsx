'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { ITEM_PAGE } from '@/lib/schemas/batch';
import type { BatchDetail } from '@/lib/synthesis/types';
import { StatusBadge } from '@/components/ui/status-badge';
import { pageRange } from './format';
import { batchItemsQuery } from './queries';
import { problemHref } from './samples-list';

/** Every item of the batch, a page at a time: index, status, scenario and title, a link to its page. */
export function ItemsList({ batch }: { batch: BatchDetail }) {
  // A codebase batch's items each have a family (relation, compositional, utilization), known from the launch.
  const family = batch.params.kind === 'codebase' ? (batch.params.codebase?.plan ?? []) : null;
  const [from, setFrom] = useState(0);
  const size = ITEM_PAGE.default;
  const active = batch.status === 'queued' || batch.status === 'running';
  const version = `${batch.status}:${batch.done}:${batch.failed}`;
  const { data, error } = useQuery({
    ...batchItemsQuery(batch.id, from, size, version, active),
    placeholderData: keepPreviousData,
  });
  const total = data?.total ?? batch.count;
  const range = data ? pageRange(data.from, data.items.length, total) : null;

  return (
    <section className="panel" aria-labelledby="items-heading">
      <div className="section-head">
        <h2 id="items-heading">Items</h2>
        <nav className="items-pager" aria-label="Item pages">
          <button
            type="button"
            className="button"
            disabled={from === 0}
            onClick={() => setFrom(Math.max(0, from - size))}
          >
            ← Previous {size}
          </button>
          <span aria-live="polite" aria-label="Items shown">
            {range ?? '…'}
          </span>
          <button type="button" className="button" disabled={from + size >= total} onClick={() => setFrom(from + size)}>
            Next {size} →
          </button>
        </nav>
      </div>
      {error ? (
        <p role="alert" className="notice notice-error">
          Could not load the items: {error.message}
        </p>
      ) : null}
      {data ? (
        <table className="table compact items-table" aria-label="Items">
          <thead>
            <tr>
              <th scope="col" className="num">
                Item
              </th>
              <th scope="col">Status</th>
              <th scope="col">{family ? 'Family' : 'Scenario'}</th>
              <th scope="col">Title</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item.index}>
                <td className="num">
                  <Link href={problemHref(batch.id, item.index)} aria-label={`Item ${item.index}`}>
                    #{item.index}
                  </Link>
                </td>
                <td>
                  <StatusBadge status={item.status} />
                  {item.review && item.review !== 'pending' ? <span className="note"> · {item.review}</span> : null}
                </td>
                <td>{family ? (family[item.index] ?? '—') : (item.scenarioName ?? '—')}</td>
                <td className="item-title">
                  {item.title ??
                    (item.status === 'failed' ? (
                      <span className="note" title={item.message ?? undefined}>
                        <code>{item.failureClass}</code> {item.message}
                      </span>
                    ) : (
                      <span className="note">—</span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p role="status">Loading items…</p>
      )}
    </section>
  );
}
