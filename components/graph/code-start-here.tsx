'use client';

import { useQuery } from '@tanstack/react-query';
import { CODE_NODE_TYPE_INFO } from '@/lib/domain/code-graph';
import { codeStartQuery } from './code-queries';

/** The empty state of a code graph: its most connected classes to start from. */
export function CodeStartHere({ codebase, onChoose }: { codebase: string; onChoose(id: string): void }) {
  const { data, error } = useQuery(codeStartQuery(codebase));
  return (
    <div className="panel start-here">
      <h2>Pick a module, class or function of {codebase}</h2>
      <p className="muted">Search above (press /), or start from one of its most connected classes:</p>
      {error ? <p role="alert">Could not load the codebase: {error.message}</p> : null}
      <ul className="chip-row">
        {(data?.nodes ?? []).map((n) => (
          <li key={n.id}>
            <button type="button" className="chip" onClick={() => onChoose(n.id)} title={n.qualname}>
              <span className="type-dot" style={{ background: CODE_NODE_TYPE_INFO[n.type].color }} aria-hidden="true" />{' '}
              {n.name} <span className="muted">· {n.degree}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
