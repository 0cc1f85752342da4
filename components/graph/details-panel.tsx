'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import { DocumentDialog } from '@/components/shared/document-dialog';
import { ElementProblems } from '@/components/shared/element-problems';
import { detailsQuery } from './queries';

const percent = (p: number) => `${(100 * p).toFixed(p < 0.01 ? 2 : 1)}%`;

/** Name, type, counts, top neighbours per type with weight and P1, and the source documents. */
export function DetailsPanel({
  id,
  onFocus,
  onExpand,
}: {
  id: string;
  onFocus(id: string): void;
  onExpand(id: string): void;
}) {
  const { data, error, isLoading } = useQuery(detailsQuery(id));
  const [openDocument, setOpenDocument] = useState<string | null>(null);

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
  const { element } = data;
  const info = ELEMENT_TYPE_INFO[element.type];

  return (
    <aside className="details panel" aria-label="Details">
      <p className="details-type">
        <span className="type-dot" style={{ background: info.color }} aria-hidden="true" /> {info.title}
      </p>
      <h2>{element.name}</h2>
      <dl className="details-stats">
        <div>
          <dt>Documents</dt>
          <dd>{element.docCount}</dd>
        </div>
        <div>
          <dt>Degree</dt>
          <dd>{element.degree}</dd>
        </div>
        <div>
          <dt>Total weight</dt>
          <dd>{element.strength}</dd>
        </div>
      </dl>
      <div className="button-row">
        <button type="button" onClick={() => onFocus(element.id)}>
          Focus here
        </button>
        <button type="button" onClick={() => onExpand(element.id)} title="Enter">
          Expand
        </button>
      </div>

      <h3>Top neighbours</h3>
      <p className="muted small">P1 = weight ÷ total weight: the first-step transition probability the sampler uses.</p>
      {data.neighboursByType.map((group) => (
        <table
          key={group.type}
          className="table compact"
          aria-label={`Top ${ELEMENT_TYPE_INFO[group.type].title} neighbours`}
        >
          <caption>
            <span className="type-dot" style={{ background: ELEMENT_TYPE_INFO[group.type].color }} aria-hidden="true" />{' '}
            {ELEMENT_TYPE_INFO[group.type].title} <span className="muted">({group.total})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col" className="num">
                P1
              </th>
            </tr>
          </thead>
          <tbody>
            {group.top.map((n) => (
              <tr key={n.id}>
                <td>
                  <button type="button" className="link" onClick={() => onFocus(n.id)} title="Focus on this element">
                    {n.name}
                  </button>
                </td>
                <td className="num">{n.weight}</td>
                <td className="num">
                  <span
                    className="p-bar"
                    style={{ width: `${Math.max(2, 50 * Math.min(1, n.p1 * 4))}px` }}
                    aria-hidden="true"
                  />
                  {percent(n.p1)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      <h3>
        Source documents <span className="muted">({element.documents})</span>
      </h3>
      <ul className="doc-list">
        {data.documents.map((d) => (
          <li key={d.id}>
            <button type="button" className="link" onClick={() => setOpenDocument(d.id)}>
              {d.title}
            </button>{' '}
            <span className="muted small">
              {d.source}
              {d.functions > 0
                ? ` · ${d.functions} function${d.functions === 1 ? '' : 's'} (${d.eligible} eligible)`
                : ''}
            </span>
          </li>
        ))}
      </ul>
      {element.documents > data.documents.length ? (
        <p className="muted small">
          Showing {data.documents.length} of {element.documents}.
        </p>
      ) : null}
      <ElementProblems id={element.id} />
      {openDocument ? (
        <DocumentDialog
          id={openDocument}
          onClose={() => setOpenDocument(null)}
          onOpenElement={(elementId) => {
            setOpenDocument(null);
            onFocus(elementId);
          }}
        />
      ) : null}
    </aside>
  );
}
