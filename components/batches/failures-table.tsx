'use client';

import type { BatchDetail } from '@/lib/synthesis/types';
import { useBatchAction } from './batch-controls';
import { formatCount } from '@/components/ui/format';

/** Failed items by failure class, with examples, and "retry failed" for all or one class. */
export function FailuresTable({ batch }: { batch: BatchDetail }) {
  const retry = useBatchAction(batch.id);
  const total = batch.failures.reduce((sum, group) => sum + group.count, 0);
  const retryable = batch.status !== 'cancelled';
  return (
    <section className="panel" aria-labelledby="failures-heading">
      <div className="section-head">
        <h2 id="failures-heading">Failures</h2>
        {total > 0 && retryable ? (
          <button
            type="button"
            className="button"
            disabled={retry.isPending}
            onClick={() => retry.mutate({ action: 'retry-failed' })}
          >
            Retry failed ({formatCount(total)})
          </button>
        ) : null}
      </div>
      {total === 0 ? (
        <p className="note">No failed items.</p>
      ) : (
        <table className="table failures-table" aria-label="Failures by class">
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col" className="num">
                Items
              </th>
              <th scope="col">Examples</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {batch.failures.map((group) => (
              <tr key={group.failureClass}>
                <td>
                  <code>{group.failureClass}</code>
                </td>
                <td className="num">{formatCount(group.count)}</td>
                <td>
                  <ul className="failure-examples">
                    {group.examples.map((example) => (
                      <li key={example.index}>
                        item {example.index}: {example.message}{' '}
                        <span className="muted">
                          ({example.attempts === 1 ? '1 attempt' : `${example.attempts} attempts`})
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {retryable ? (
                    <button
                      type="button"
                      className="button"
                      disabled={retry.isPending}
                      aria-label={`Retry ${group.failureClass} failures`}
                      onClick={() => retry.mutate({ action: 'retry-failed', failureClass: group.failureClass })}
                    >
                      Retry
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {retry.error ? (
        <p role="alert" className="error-message">
          Could not retry: {retry.error.message}
        </p>
      ) : null}
      {retry.isSuccess && !retry.isPending ? (
        <p role="status" className="note">
          Failed items are queued again.
        </p>
      ) : null}
    </section>
  );
}
