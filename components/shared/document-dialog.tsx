'use client';

import { useQuery } from '@tanstack/react-query';
import { ELEMENT_TYPE_INFO } from '@/lib/domain/element-types';
import { Dialog } from '@/components/ui/dialog';
import { Markdown } from '@/components/ui/markdown';
import { DocumentFunctionsList } from './document-functions';
import { documentQuery } from './queries';

/** A modal view of one source document's text, its answers, the elements extracted from it and its functions. */
export function DocumentDialog({
  id,
  onClose,
  onOpenElement,
}: {
  id: string;
  onClose(): void;
  onOpenElement(id: string): void;
}) {
  const { data, error, isLoading } = useQuery(documentQuery(id));

  return (
    <Dialog className="document-dialog" aria-label={data ? `Document: ${data.title}` : 'Document'} onClose={onClose}>
      <header>
        <h2>{data?.title ?? id}</h2>
        <button type="button" onClick={onClose} aria-label="Close document">
          ×
        </button>
      </header>
      {isLoading ? <p role="status">Loading…</p> : null}
      {error ? <p role="alert">Could not load the document: {(error as Error).message}</p> : null}
      {data ? (
        <div className="document-body">
          <p className="muted">
            {data.source} · <code>{data.id}</code>
            {data.tags.length > 0 ? ` · ${data.tags.join(', ')}` : ''}
            {data.license ? ` · ${data.license}` : ''}
          </p>
          <div className="chip-row" aria-label="Extracted elements">
            {data.elements.map((e) => (
              <button
                key={e.id}
                type="button"
                className="element-chip"
                onClick={() => onOpenElement(e.id)}
                title={`Explore ${e.name}`}
              >
                <span className="type-dot" style={{ background: ELEMENT_TYPE_INFO[e.type].color }} aria-hidden="true" />
                {e.name}
              </button>
            ))}
          </div>
          <DocumentFunctionsList functions={data.functions} />
          {data.body ? (
            <div className="doc-markdown" data-testid="document-body">
              <Markdown source={data.body} headingOffset={2} />
            </div>
          ) : (
            <p className="muted">No text stored for this document (ingest it with --documents).</p>
          )}
          {data.answers.map((answer, i) => (
            <section key={i}>
              <h3>Answer {i + 1}</h3>
              <div className="doc-markdown">
                <Markdown source={answer} headingOffset={3} />
              </div>
            </section>
          ))}
        </div>
      ) : null}
    </Dialog>
  );
}
