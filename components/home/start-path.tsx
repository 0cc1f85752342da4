'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { GraphStats } from '@/lib/graph/stats-types';
import type { ReviewProgress } from '@/lib/review/types';
import type { BatchList } from '@/lib/synthesis/types';
import { fetchJson } from '@/components/ui/fetch-json';
import { useLlmStatus } from '@/components/ui/llm-badge';
import { stepStates, type PathFacts, type StepState } from './start-path-state';

const POLL_MS = 5_000;
const format = (value: number) => value.toLocaleString('en-US');

function Step({
  number,
  state,
  title,
  action,
  children,
}: {
  number: number;
  state: StepState;
  title: string;
  action: ReactNode;
  children: ReactNode;
}) {
  const label = state === 'done' ? 'done' : state === 'next' ? 'next step' : 'later';
  return (
    <li className={`path-step ${state}`} aria-current={state === 'next' ? 'step' : undefined}>
      <span className="path-mark" aria-hidden="true">
        {state === 'done' ? '✓' : number}
      </span>
      <div>
        <h3>
          {title} <span className="visually-hidden">({label})</span>
        </h3>
        <p className="path-state" data-testid="path-state">
          {children}
        </p>
        <div className="path-action">{action}</div>
      </div>
    </li>
  );
}

/** The overview's start-here path: ingest → explore → sample → launch → review, with live state on each step. */
export function StartPath({ stats }: { stats: GraphStats }) {
  const llm = useLlmStatus();
  const graph = useQuery({
    queryKey: ['stats'],
    queryFn: () => fetchJson<GraphStats>('/api/stats'),
    initialData: stats,
    refetchInterval: POLL_MS,
  });
  const batches = useQuery({
    queryKey: ['start-path', 'batches'],
    queryFn: () => fetchJson<BatchList>('/api/batches'),
    refetchInterval: POLL_MS,
  });
  const progress = useQuery({
    queryKey: ['start-path', 'review-progress'],
    queryFn: () => fetchJson<ReviewProgress>('/api/review/progress'),
    refetchInterval: POLL_MS,
  });

  const top = graph.data.topScenarios[0] ?? null;
  const list = batches.data?.batches ?? [];
  const overall = progress.data?.overall;
  const facts: PathFacts = {
    documents: graph.data.counts.documents,
    batches: list.length,
    reviewed: overall ? overall.approved + overall.rejected : 0,
    pending: overall?.pending ?? 0,
  };
  const states = stepStates(facts);
  const runningBatches = list.filter((b) => b.status === 'running' || b.status === 'queued').length;
  const approved = overall?.approved ?? 0;
  const focus = top ? `?${new URLSearchParams({ focus: `Scenario:${top.key}` })}` : '';
  const llmReady = llm.data?.state === 'ready' || llm.data?.state === 'stub';
  const loading = <span className="muted">Loading…</span>;

  return (
    <section aria-labelledby="start-path-heading" className="panel start-path">
      <h2 id="start-path-heading">Start here</h2>
      <p className="muted">
        From documents to reviewed training problems in five steps. Each step shows where you are.
      </p>
      <ol className="path-steps">
        <Step
          number={1}
          state={states.ingest}
          title="Get documents in"
          action={<Link href="/ingest">Ingest documents or extraction records</Link>}
        >
          {facts.documents > 0 ? (
            <>{format(facts.documents)} documents in the graph.</>
          ) : (
            <>
              The graph is empty. Load the bundled sample with{' '}
              <code>npm run ingest -- data/sample/extractions.jsonl</code> or upload your own on the Ingest page.
            </>
          )}
        </Step>
        <Step
          number={2}
          state={states.explore}
          title="Explore a scenario"
          action={<Link href={`/explore${focus}`}>{top ? `Explore “${top.name}”` : 'Open Explore'}</Link>}
        >
          {top ? (
            <>
              {format(graph.data.counts.elements.Scenario)} scenarios; the most connected is “{top.name}” with{' '}
              {format(top.degree)} co-occurring elements.
            </>
          ) : (
            'Nothing to explore until documents are in.'
          )}
        </Step>
        <Step
          number={3}
          state={states.sample}
          title="Sample combinations"
          action={<Link href="/sampler">Open the Sampler</Link>}
        >
          Choose complexity and temperature and preview the combinations a batch would use. No LLM needed.
        </Step>
        <Step
          number={4}
          state={states.launch}
          title="Launch a batch"
          action={<Link href="/batches">{facts.batches > 0 ? 'See the batches' : 'Batches'}</Link>}
        >
          {batches.isPending ? (
            loading
          ) : facts.batches > 0 ? (
            <>
              {format(facts.batches)} {facts.batches === 1 ? 'batch' : 'batches'}
              {runningBatches > 0 ? `, ${format(runningBatches)} queued or running` : ''}.
            </>
          ) : llmReady ? (
            'No batch yet: launch one from the Sampler.'
          ) : (
            'No batch yet. Launching needs an LLM endpoint: see the LLM panel below.'
          )}
        </Step>
        <Step
          number={5}
          state={states.review}
          title="Review and export"
          action={
            <Link href={facts.pending > 0 ? '/review?status=pending' : '/review'}>
              {facts.pending > 0 ? 'Review pending problems' : 'Open Review'}
            </Link>
          }
        >
          {progress.isPending ? (
            loading
          ) : overall && overall.total > 0 ? (
            <>
              {format(overall.pending)} pending, {format(overall.approved)} approved, {format(overall.rejected)}{' '}
              rejected
              {approved > 0 ? ' — approved problems can be exported from Review.' : '.'}
            </>
          ) : (
            'No problems yet: they arrive as batches run.'
          )}
        </Step>
      </ol>
    </section>
  );
}
