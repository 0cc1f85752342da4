'use client';

import { useQuery } from '@tanstack/react-query';
import { CODE_NODE_TYPE_INFO, type CodeRelationship } from '@/lib/domain/code-graph';
import type { CodeNeighbourGroup, CodeNodeDetails } from '@/lib/codebase/explore-types';
import { CodeBlock } from '@/components/ui/code-block';
import { codeDetailsQuery } from './code-queries';

const GROUP_TITLES: Record<CodeRelationship, { out: string; in: string }> = {
  CONTAINS: { out: 'Contains', in: 'Defined in' },
  INHERITS: { out: 'Inherits from', in: 'Subclasses' },
  RETURNS: { out: 'Returns', in: 'Returned by' },
  ACCEPTS: { out: 'Accepts', in: 'Accepted by' },
  IMPORTS: { out: 'Imports', in: 'Imported by' },
  CALLS: { out: 'Calls', in: 'Called by' },
};

const kindOf = (node: CodeNodeDetails['node']) =>
  node.type === 'CodeFunction' && node.isMethod ? 'Method' : CODE_NODE_TYPE_INFO[node.type].title;

function NeighbourGroup({
  group,
  onFocus,
  onExpand,
}: {
  group: CodeNeighbourGroup;
  onFocus(id: string): void;
  onExpand(id: string): void;
}) {
  const title = GROUP_TITLES[group.rel][group.direction];
  return (
    <section aria-label={title} data-rel={group.rel} data-direction={group.direction}>
      <h4>
        {title} <span className="muted">({group.total})</span>
      </h4>
      <ul className="code-rel-list">
        {group.top.map((n) => (
          <li key={n.id}>
            <span className="type-dot" style={{ background: CODE_NODE_TYPE_INFO[n.type].color }} aria-hidden="true" />{' '}
            <button type="button" className="link" onClick={() => onFocus(n.id)} title={`Focus on ${n.qualname}`}>
              {n.type === 'CodeModule' ? n.qualname : n.name}
            </button>
            <span className="muted small">
              {n.param ? ` · param ${n.param}` : ''}
              {n.count !== null ? ` · ${n.count}×` : ''}
              {n.resolved === false ? ' · unresolved' : ''}
            </span>{' '}
            <button
              type="button"
              className="link small"
              onClick={() => onExpand(n.id)}
              aria-label={`Expand ${n.name}`}
              title="Add its neighbours to the graph"
            >
              +
            </button>
          </li>
        ))}
      </ul>
      {group.total > group.top.length ? (
        <p className="muted small">
          Showing {group.top.length} of {group.total}.
        </p>
      ) : null}
    </section>
  );
}

/** A code node: signature, decorators, parameters, docstring, its source span, and its neighbours by relationship. */
export function CodeDetailsPanel({
  id,
  onFocus,
  onExpand,
}: {
  id: string;
  onFocus(id: string): void;
  onExpand(id: string): void;
}) {
  const { data, error, isLoading } = useQuery(codeDetailsQuery(id));
  if (isLoading)
    return (
      <aside className="details panel" aria-label="Details" role="status">
        Loading details…
      </aside>
    );
  if (error || !data)
    return (
      <aside className="details panel" aria-label="Details" role="alert">
        Could not load details: {(error as Error | null)?.message}
      </aside>
    );
  const { node, source, groups } = data;
  const info = CODE_NODE_TYPE_INFO[node.type];
  const lines = node.lineStart !== null && node.lineEnd !== null ? `lines ${node.lineStart}–${node.lineEnd}` : null;

  return (
    <aside className="details panel" aria-label="Details">
      <p className="details-type">
        <span className="type-dot" style={{ background: info.color }} aria-hidden="true" /> {kindOf(node)}
        {node.isAsync ? ' · async' : ''}
      </p>
      <h2>{node.name}</h2>
      <p className="muted small" data-testid="code-qualname">
        {node.qualname}
      </p>
      <p className="small">
        <span className="muted">In</span> <code>{node.path ?? node.module}</code>
        {lines ? <span className="muted"> · {lines}</span> : null}
        <span className="muted"> · {node.codebase}</span>
      </p>
      <div className="button-row">
        <button type="button" onClick={() => onFocus(node.id)}>
          Focus here
        </button>
        <button type="button" onClick={() => onExpand(node.id)} title="Enter">
          Expand
        </button>
      </div>

      {node.decorators.length > 0 ? (
        <p className="code-signature" aria-label="Decorators">
          {node.decorators.map((d) => `@${d}`).join('\n')}
        </p>
      ) : null}
      {node.signature ? (
        <>
          <h3>Signature</h3>
          <p className="code-signature" aria-label="Signature">
            {node.signature}
          </p>
        </>
      ) : null}
      {node.type === 'CodeClass' && node.bases.length > 0 ? (
        <p className="small">
          <span className="muted">Bases:</span> <code aria-label="Bases">{node.bases.join(', ')}</code>
        </p>
      ) : null}
      {node.params.length > 0 ? (
        <table className="table compact" aria-label="Parameters">
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Annotation</th>
              <th scope="col">Default</th>
            </tr>
          </thead>
          <tbody>
            {node.params.map((p) => (
              <tr key={p.name}>
                <td>
                  <code>
                    {p.kind === 'vararg' ? '*' : p.kind === 'kwarg' ? '**' : ''}
                    {p.name}
                  </code>
                  {p.kind === 'kwonly' || p.kind === 'posonly' ? <span className="muted small"> {p.kind}</span> : null}
                </td>
                <td>{p.annotation ? <code>{p.annotation}</code> : <span className="muted">—</span>}</td>
                <td>{p.default ? <code>{p.default}</code> : <span className="muted">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {node.returns ? (
        <p className="small">
          <span className="muted">Returns</span> <code aria-label="Return annotation">{node.returns}</code>
        </p>
      ) : null}

      <h3>Docstring</h3>
      {node.docstring ? (
        <p className="code-docstring" aria-label="Docstring">
          {node.docstring}
        </p>
      ) : (
        <p className="muted small">No docstring.</p>
      )}

      {source ? (
        <section className="code-source" aria-label="Source">
          <h3>
            Source{' '}
            <span className="muted small">
              {source.path}:{source.lineStart}–{source.lineEnd}
            </span>
          </h3>
          <CodeBlock code={source.text} language="python" label={`Source of ${node.qualname}`} />
          {source.truncated ? (
            <p className="muted small">The first {source.lineEnd - source.lineStart + 1} lines.</p>
          ) : null}
        </section>
      ) : null}

      <h3>Neighbours</h3>
      {groups.length === 0 ? <p className="muted small">No code edges.</p> : null}
      {groups.map((g) => (
        <NeighbourGroup key={`${g.rel}:${g.direction}`} group={g} onFocus={onFocus} onExpand={onExpand} />
      ))}
    </aside>
  );
}
