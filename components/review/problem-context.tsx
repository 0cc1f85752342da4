'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import { toElements } from '@/lib/graph/to-elements';
import type { CodeUse, ProblemOrigin, ProblemView } from '@/lib/review/types';
import { DocumentDialog } from '@/components/shared/document-dialog';
import { exploreHref } from '@/components/shared/element-links';
import { StatusBadge } from '@/components/ui/status-badge';

// Cytoscape runs only in the browser.
const CombinationGraph = dynamic(
  () => import('@/components/shared/combination-graph').then((m) => m.CombinationGraph),
  { ssr: false, loading: () => <div className="problem-graph" /> },
);

function paramEntries(params: unknown): Array<[string, string]> {
  if (!params || typeof params !== 'object') return params ? [['params', String(params)]] : [];
  return Object.entries(params as Record<string, unknown>)
    .filter(([key, value]) => value !== null && value !== undefined && key !== 'sampler')
    .map(([key, value]) => [key, typeof value === 'object' ? JSON.stringify(value) : String(value)]);
}

/** A Case2Code task's provenance: the real function it reconstructs, and the document it was found in. */
function OriginChain({ origin, onOpenDocument }: { origin: ProblemOrigin; onOpenDocument(id: string): void }) {
  const doc = origin.document;
  return (
    <section aria-labelledby="origin-heading">
      <h3 id="origin-heading">Made from a real function</h3>
      <ol className="origin-chain" aria-label="Provenance">
        <li>
          This task reconstructs <code>{origin.name}</code>
          <pre className="example-cell small">{origin.signature}</pre>
          {origin.docstring ? <p className="small muted">{origin.docstring}</p> : null}
        </li>
        <li>
          found in{' '}
          {doc ? (
            <>
              <button type="button" className="link" onClick={() => onOpenDocument(doc.id)}>
                {doc.title}
              </button>{' '}
              <span className="muted small">
                {doc.source} · <code>{doc.id}</code>
              </span>
              {doc.url ? (
                <>
                  {' '}
                  ·{' '}
                  <a href={doc.url} target="_blank" rel="noreferrer noopener">
                    source URL
                  </a>
                </>
              ) : (
                <span className="muted small"> · no URL stored</span>
              )}
            </>
          ) : (
            <span className="muted">a document no longer in the graph</span>
          )}
        </li>
      </ol>
    </section>
  );
}

const ROLE_LABELS: Record<CodeUse['role'], string> = {
  subject: 'subject',
  chain: 'chain link',
  api: 'API',
  answer: 'answer',
};

/** Explore on the problem's code graph, focused on one of its elements. */
export function codeExploreHref(codebaseKey: string, use: Pick<CodeUse, 'type' | 'key'>): string {
  return `/explore?graph=${encodeURIComponent(`codebase:${codebaseKey}`)}&focus=${encodeURIComponent(`${use.type}:${use.key}`)}`;
}

/** A codebase task's provenance (issue 16): the code elements it used, each opening Explore on the code graph. */
function CodeProvenance({ problem }: { problem: ProblemView }) {
  const codebase = problem.codebaseKey ?? '';
  return (
    <section aria-labelledby="code-provenance-heading">
      <h3 id="code-provenance-heading">Code provenance</h3>
      <p className="small muted">
        {problem.family ?? 'codebase'} task over <code>{codebase}</code>
      </p>
      {problem.relationAnswer ? (
        <div className="small">
          Answer from the code graph (exact, verified by construction):
          <ul aria-label="Graph answer">
            {problem.relationAnswer.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {problem.codeUses.length === 0 ? <p className="muted small">No code element is linked.</p> : null}
      <ol className="code-uses" aria-label="Code elements used">
        {problem.codeUses.map((use) => (
          <li key={`${use.role}-${use.position}-${use.key}`}>
            <span className="muted small">
              {ROLE_LABELS[use.role] ?? use.role} · {use.type.replace(/^Code/, '')}
            </span>{' '}
            <Link href={codeExploreHref(codebase, use)} title="Open in Explore (code graph)">
              {use.qualname}
            </Link>
            {use.signature ? <pre className="example-cell small">{use.signature}</pre> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where the problem came from: the combination as a graph, coherence, batch parameters, source documents, near duplicates. */
export function ProblemContext({
  problem,
  onOpenProblem,
  onFilterElement,
}: {
  problem: ProblemView;
  onOpenProblem(key: string): void;
  onFilterElement(id: string): void;
}) {
  const router = useRouter();
  const [document, setDocument] = useState<string | null>(null);
  const scenarioId = problem.elements.find((e) => e.role === 'scenario')?.id;
  const graph = useMemo(
    () =>
      toElements(
        problem.elements.map((e) => ({
          id: e.id,
          type: e.type,
          key: e.key,
          name: e.name,
          docCount: e.docCount,
          hop: e.role === 'scenario' ? 0 : 1,
          weight: 0,
          p1: null,
        })),
        problem.pairs,
        scenarioId,
      ),
    [problem.elements, problem.pairs, scenarioId],
  );

  return (
    <aside className="problem-context" aria-label="Where it came from">
      {problem.origin ? <OriginChain origin={problem.origin} onOpenDocument={setDocument} /> : null}
      {problem.kind === 'codebase' ? <CodeProvenance problem={problem} /> : null}
      {problem.kind !== 'scenario' ? null : (
        <>
          <h3>Combination</h3>
          <CombinationGraph
            className="problem-graph"
            onSelect={(id) => router.push(exploreHref(id))}
            elements={graph}
            label={`Combination of ${problem.title}: ${problem.elements.length} elements, ${problem.pairs.length} co-occurring pairs`}
          />
          <p className="muted small">
            Edge labels: documents in which both elements appear. Click an element to open it in Explore.
          </p>
          <ul className="element-list" aria-label="Elements">
            {problem.elements.map((e) => (
              <li key={e.id}>
                <span className="type-dot" style={{ background: ELEMENT_TYPE_INFO[e.type].color }} aria-hidden="true" />
                <Link href={exploreHref(e.id)} title={`Open ${ELEMENT_TYPE_INFO[e.type].title} in Explore`}>
                  {e.name}
                </Link>{' '}
                <span className="muted small">{ELEMENT_TYPE_INFO[e.type].short}</span>{' '}
                <button
                  type="button"
                  className="link small"
                  onClick={() => onFilterElement(e.id)}
                  title="Show problems using this element"
                >
                  filter
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <dl className="context-stats">
        {problem.kind !== 'scenario' ? null : (
          <div>
            <dt>Coherence</dt>
            <dd>{problem.coherence === null ? '—' : problem.coherence.toFixed(3)}</dd>
          </div>
        )}
        <div>
          <dt>Batch</dt>
          <dd>
            <Link href={`/batches/${encodeURIComponent(problem.batchId)}`}>
              {problem.batch?.name ?? problem.batchId}
            </Link>{' '}
            · item {problem.index}
          </dd>
        </div>
      </dl>
      {problem.batch ? (
        <details className="batch-params">
          <summary>Batch parameters</summary>
          <dl>
            {paramEntries(problem.batch.params).map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            <div>
              <dt>models</dt>
              <dd>{JSON.stringify(problem.batch.models)}</dd>
            </div>
          </dl>
        </details>
      ) : null}
      {problem.flags.length > 0 ? (
        <p className="small">
          Flags: <span className="muted">{problem.flags.join(', ')}</span>
        </p>
      ) : null}

      {problem.kind !== 'scenario' ? null : (
        <>
          <h3>Source documents</h3>
          {problem.documents.length === 0 ? <p className="muted small">No document mentions these elements.</p> : null}
          <ul className="doc-list">
            {problem.documents.map((d) => (
              <li key={d.id}>
                <button type="button" className="link" onClick={() => setDocument(d.id)}>
                  {d.title}
                </button>{' '}
                <span className="muted small">
                  {d.source} · {d.shared} of {problem.elements.length} elements
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      {problem.duplicates.length > 0 ? (
        <>
          <h3>Near duplicates</h3>
          <ul className="duplicate-list" aria-label="Near duplicates">
            {problem.duplicates.map((d) => (
              <li key={d.key}>
                <button type="button" className="link" onClick={() => onOpenProblem(d.key)}>
                  {d.title}
                </button>{' '}
                <StatusBadge status={d.status} />{' '}
                <span className="muted small">similarity {d.similarity.toFixed(2)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {document ? (
        <DocumentDialog
          id={document}
          onClose={() => setDocument(null)}
          onOpenElement={(id) => {
            setDocument(null);
            router.push(exploreHref(id));
          }}
        />
      ) : null}
    </aside>
  );
}
