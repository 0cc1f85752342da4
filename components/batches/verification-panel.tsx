'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import Link from 'next/link';
import { ATTEMPT_STATUSES, DIFFICULTIES } from '@/lib/domain/verification';
import type { BatchDetail } from '@/lib/synthesis/types';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatCount } from '@/components/ui/format';
import { CountBars } from './count-bars';
import { batchVerificationQuery } from './queries';

const STATUS_LABELS: Record<string, string> = {
  failed: 'a test failed',
  error: 'an exception outside an assertion',
  timeout: 'ran past its time limit',
  memory: 'ran out of memory',
  crashed: 'the interpreter crashed',
  missing_package: 'imports a package the sandbox lacks',
  no_tests: 'the tests collected nothing or did not import the solution',
  sandbox_unavailable: 'the sandbox could not run here',
};

const reviewHref = (batch: string, status: string) =>
  `/review?${new URLSearchParams({ batch, status: 'all', verify: status, mode: 'list' })}`;

/** Verification of a batch's answers: progress, the pass-rate and difficulty distributions, failures by status. */
export function VerificationPanel({ batch }: { batch: BatchDetail }) {
  const active = batch.status === 'queued' || batch.status === 'running';
  const { data, error, refetch } = useQuery(batchVerificationQuery(batch.id, active));
  // Polling stops once the batch is done: read once more whenever its counts or status change, so the
  // panel never stays on the last poll before the final items (it showed 11 of 12 once).
  useEffect(() => {
    void refetch();
  }, [batch.done, batch.failed, batch.status, refetch]);
  if (error)
    return (
      <section className="panel" aria-labelledby="verification-heading">
        <h2 id="verification-heading">Verification</h2>
        <p role="alert">Could not load verification: {error.message}</p>
      </section>
    );
  if (!data) return null;
  if (!data.enabled) return null;
  const k = data.attempts ?? data.passedAttempts.length - 1;
  const passed = data.byStatus.passed;
  const notPassed = data.verified - passed;
  const failures = ATTEMPT_STATUSES.filter((s) => s !== 'passed' && data.byStatus[s] > 0);
  return (
    <section className="panel verification" aria-labelledby="verification-heading">
      <div className="section-head">
        <h2 id="verification-heading">Verification</h2>
        <span className="muted small">k = {k} attempts per problem, in the sandbox</span>
      </div>
      <ProgressBar
        label={`Verification of ${batch.name || batch.id}`}
        large
        total={Math.max(data.problems, 1)}
        value={data.verified}
        valueText={`${data.verified} verified of ${data.problems} done, ${passed} passed, ${data.queued} queued`}
        segments={[
          { name: 'approved', value: passed },
          { name: 'failed', value: notPassed },
          { name: 'in-flight', value: data.queued },
        ]}
      />
      <p className="progress-text" aria-label="Verification counts">
        <strong>{formatCount(data.verified)}</strong> verified of {formatCount(data.problems)} done ·{' '}
        <strong>{formatCount(passed)}</strong> passed · {formatCount(notPassed)} not passed
        {data.queued > 0 ? ` · ${formatCount(data.queued)} queued for verification` : ''}
      </p>
      <div className="verification-charts">
        <figure>
          <figcaption>Passing attempts (pass rate)</figcaption>
          <CountBars
            title="Pass-rate distribution"
            axisTitle={`passing attempts of ${k}`}
            bars={data.passedAttempts.map((b) => ({
              label: `${b.passed}/${k}`,
              count: b.count,
              tone: b.passed === 0 ? 'tone-bad' : 'tone-good',
            }))}
          />
        </figure>
        <figure>
          <figcaption>Difficulty (easy ≥ 2/3, hard &lt; 1/3, fail = 0)</figcaption>
          <CountBars
            title="Difficulty distribution"
            axisTitle="difficulty"
            bars={DIFFICULTIES.map((d) => ({ label: d, count: data.byDifficulty[d], tone: `tone-${d}` }))}
          />
        </figure>
        <figure>
          <figcaption>Line coverage of the kept solution (passed problems)</figcaption>
          <CountBars
            title="Coverage distribution"
            axisTitle="coverage, %"
            bars={data.coverage.map((b) => ({ label: `${Math.round(b.from * 100)}`, count: b.count }))}
          />
        </figure>
      </div>
      <h3>Not passed, by status</h3>
      {failures.length === 0 ? (
        <p className="note">{data.verified === 0 ? 'Nothing verified yet.' : 'Every verified problem passed.'}</p>
      ) : (
        <table className="table failures-table" aria-label="Verification failures by status">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Problems
              </th>
              <th scope="col">Meaning</th>
              <th scope="col">
                <span className="visually-hidden">Review</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {failures.map((status) => (
              <tr key={status}>
                <td>
                  <code>{status}</code>
                </td>
                <td className="num">{formatCount(data.byStatus[status])}</td>
                <td className="small">{STATUS_LABELS[status]}</td>
                <td>
                  <Link href={reviewHref(batch.id, status)}>Review these {formatCount(data.byStatus[status])}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
