'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ProblemView } from '@/lib/synthesis/types';
import { FeatureLinks, ScenarioLink } from '@/components/shared/element-links';
import { ProvenanceTerms } from '@/components/shared/provenance';
import { CodeBlock } from '@/components/ui/code-block';
import { formatCount, formatTime } from '@/components/ui/format';
import { Markdown } from '@/components/ui/markdown';
import { Term } from '@/components/ui/term';
import { batchQuery, problemQuery } from './queries';
import { problemHref } from './samples-list';

function Neighbours({ batchId, index, count }: { batchId: string; index: number; count: number }) {
  return (
    <nav className="problem-nav" aria-label="Problems">
      {index > 0 ? (
        <Link href={problemHref(batchId, index - 1)} rel="prev">
          ← Item {index - 1}
        </Link>
      ) : (
        <span />
      )}
      <Link href={`/batches/${batchId}`}>Back to the batch</Link>
      {index + 1 < count ? (
        <Link href={problemHref(batchId, index + 1)} rel="next">
          Item {index + 1} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

function ProblemBody({ problem }: { problem: ProblemView }) {
  return (
    <div className="batch-columns">
      <div className="batch-main">
        <section className="panel" aria-labelledby="statement-heading">
          <h2 id="statement-heading">Statement</h2>
          <Markdown source={problem.statement} />
        </section>
        <section className="panel" aria-labelledby="answer-heading">
          <h2 id="answer-heading">Reference answer</h2>
          <CodeBlock code={problem.answerCode} language="python" label="Answer code" />
          <h3>Explanation</h3>
          <Markdown source={problem.answerExplanation} headingOffset={3} />
        </section>
      </div>
      <div className="batch-side">
        <section className="panel" aria-labelledby="combination-heading">
          <h2 id="combination-heading">Combination</h2>
          <p className="combination-scenario">
            Scenario: <ScenarioLink scenario={problem.scenario} />
          </p>
          <FeatureLinks features={problem.features} label="Features" />
          <dl className="param-list">
            <Term label="Coherence">{problem.coherence === null ? '— (no pairs)' : problem.coherence.toFixed(3)}</Term>
            <Term label="Flags">
              {problem.flags.length === 0 ? (
                'none'
              ) : (
                <ul className="flag-list" aria-label="Flags">
                  {problem.flags.map((flag) => (
                    <li key={flag}>
                      <code>{flag}</code>
                    </li>
                  ))}
                </ul>
              )}
            </Term>
            {problem.selection ? (
              <Term label="llm selection">
                <code className="wrap">{problem.selection}</code>
              </Term>
            ) : null}
          </dl>
        </section>
        <section className="panel" aria-labelledby="provenance-heading">
          <h2 id="provenance-heading">Provenance</h2>
          <dl className="param-list">
            <ProvenanceTerms models={problem.models} hashes={problem.promptHashes} />
            <Term label="Tokens">
              {formatCount(problem.tokens.total)} ({formatCount(problem.tokens.prompt)} prompt +{' '}
              {formatCount(problem.tokens.completion)} completion)
            </Term>
            <Term label="Review status">{problem.status}</Term>
            <Term label="Created">{formatTime(problem.createdAt)}</Term>
            <Term label="Key">
              <code>{problem.key}</code>
            </Term>
          </dl>
        </section>
      </div>
    </div>
  );
}

/** One generated problem: statement, answer, combination, checks and provenance, with the items around it. */
export function ProblemPage({ batchId, index }: { batchId: string; index: number }) {
  const batch = useQuery({ ...batchQuery(batchId), refetchInterval: false });
  const count = batch.data?.count;
  const exists = count !== undefined && index < count;
  const { data: problem, error, isLoading } = useQuery({ ...problemQuery(batchId, index), enabled: exists });

  if (batch.error) {
    return (
      <div className="batches problem-page">
        <p role="alert" className="panel panel-error">
          Could not load batch {batchId}: {batch.error.message}
        </p>
        <Link href="/batches">All batches</Link>
      </div>
    );
  }
  if (count !== undefined && !exists) {
    return (
      <div className="batches problem-page">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link href="/batches">Batches</Link> / <Link href={`/batches/${batchId}`}>{batch.data?.name || batchId}</Link>
        </nav>
        <div role="alert" className="panel panel-error">
          <h1>
            Item {index} does not exist (this batch has {count === 1 ? '1 item' : `${formatCount(count)} items`})
          </h1>
          <p>
            <Link href={`/batches/${batchId}`}>Back to the batch</Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="batches problem-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/batches">Batches</Link> / <Link href={`/batches/${batchId}`}>{batch.data?.name || batchId}</Link> /{' '}
        <span>item {index}</span>
      </nav>
      {exists ? <Neighbours batchId={batchId} index={index} count={count} /> : null}
      {error ? (
        <p role="alert" className="panel panel-error">
          Item {index}: {error.message}
        </p>
      ) : null}
      {isLoading || !exists ? <p role="status">Loading problem…</p> : null}
      {problem ? (
        <>
          <header className="page-header">
            <h1>{problem.title}</h1>
            <p className="muted">
              Item {problem.index} of {problem.batchName || problem.batchId}
            </p>
          </header>
          <ProblemBody problem={problem} />
        </>
      ) : null}
    </div>
  );
}
