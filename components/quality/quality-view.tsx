'use client';

import { queryOptions, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { QualityReport } from '@/lib/verification/report-types';
import { fetchJson } from '@/components/ui/fetch-json';
import { formatCount } from '@/components/ui/format';
import { PassRateBars } from './pass-rate-bars';

export const qualityQuery = () =>
  queryOptions({
    queryKey: ['quality'],
    queryFn: ({ signal }) => fetchJson<QualityReport>('/api/quality', { signal }),
    staleTime: 10_000,
  });

const pct = (v: number) => `${Math.round(v * 100)} %`;

/** Red (0 %) through amber to green (100 %), light enough for dark text. */
const heat = (rate: number) => `hsl(${Math.round(rate * 120)} 62% 80%)`;

function Heatmap({ report }: { report: QualityReport }) {
  const cell = (complexity: string, temperature: number) =>
    report.cells.find((c) => c.complexity === complexity && c.temperature === temperature);
  return (
    <table className="table heatmap" aria-label="Pass rate by complexity and temperature">
      <thead>
        <tr>
          <th scope="col">C \ T</th>
          {report.temperatures.map((t) => (
            <th key={t} scope="col" className="num">
              T = {t}
            </th>
          ))}
          <th scope="col">Sampler</th>
        </tr>
      </thead>
      <tbody>
        {report.complexities.map((c) => (
          <tr key={c.label}>
            <th scope="row">{c.label}</th>
            {report.temperatures.map((t) => {
              const value = cell(c.label, t);
              return value ? (
                <td
                  key={t}
                  className="num heat-cell"
                  style={{ background: heat(value.passRate) }}
                  title={`${c.label}, T = ${t}: pass rate ${pct(value.passRate)}, ${pct(value.solvedRate)} solved, ${value.problems} problems from ${value.batches} batch(es)`}
                >
                  <strong>{pct(value.passRate)}</strong>
                  <span className="heat-count">n = {formatCount(value.problems)}</span>
                </td>
              ) : (
                <td key={t} className="num muted">
                  —
                </td>
              );
            })}
            <td>
              <Link href={`/sampler?${c.samplerQuery}`}>Sweep {c.label} over T</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Whether the coherence the Sampler predicts before spending tokens shows up as answers that pass their tests. */
export function QualityView() {
  const { data, error, isLoading } = useQuery(qualityQuery());
  return (
    <div className="quality">
      <header className="page-header">
        <h1>Quality</h1>
        <p className="muted">
          Pass rate of verified problems (passing attempts ÷ attempts, in the sandbox) by the coherence of their
          combination and by the complexity × temperature of their batch, across all batches.
        </p>
      </header>
      <section className="panel notice" aria-label="How this compares with the Sampler">
        <p>
          The <Link href="/sampler?select=all">Sampler&apos;s sweep</Link> plots coherence against T at a chosen
          complexity before any tokens are spent; the paper found high T and C3 incoherent. If coherence is the signal
          it is meant to be, the bars below rise with coherence, and along each row of the grid the pass rate falls
          where the sweep&apos;s coherence curve falls. Each row links to its sweep.
        </p>
      </section>
      {error ? <p role="alert">Could not load the quality view: {error.message}</p> : null}
      {isLoading ? <p role="status">Loading…</p> : null}
      {data && data.problems === 0 ? (
        <p className="panel" role="status">
          No verified problems yet: launch a batch with &quot;Verify answers&quot; on, or verify problems again from
          Review.
        </p>
      ) : null}
      {data && data.problems > 0 ? (
        <>
          <p className="muted small" aria-label="Quality totals">
            {formatCount(data.problems)} verified problems from {formatCount(data.batches)} batches
            {data.withoutCoherence > 0
              ? ` (${formatCount(data.withoutCoherence)} without a coherence, not in the bars)`
              : ''}
            ; results of a sandbox that could not run are left out.
          </p>
          <div className="quality-columns">
            <section className="panel" aria-labelledby="by-coherence-heading">
              <h2 id="by-coherence-heading">Pass rate by coherence</h2>
              <PassRateBars buckets={data.byCoherence} />
            </section>
            <section className="panel" aria-labelledby="by-ct-heading">
              <h2 id="by-ct-heading">Pass rate by complexity × temperature</h2>
              <Heatmap report={data} />
              <p className="note">Cells: pass rate, and the verified problems behind it.</p>
            </section>
          </div>
        </>
      ) : null}
    </div>
  );
}
