'use client';

import Link from 'next/link';
import type { DocumentFunctions } from '@/lib/functions/types';

/** "N functions (M eligible)" and, folded, each function's signature with eligible or its problems. */
export function DocumentFunctionsList({ functions }: { functions: DocumentFunctions }) {
  const label = `${functions.total} function${functions.total === 1 ? '' : 's'} (${functions.eligible} eligible)`;
  if (functions.total === 0) return <p className="muted small doc-functions">{label}</p>;
  return (
    <details className="doc-functions">
      <summary>{label}</summary>
      <ul aria-label="Functions found in this document">
        {functions.functions.map((fn) => (
          <li key={fn.key}>
            <code>{fn.signature}</code> <span className="muted small">{fn.part}</span>{' '}
            {fn.eligible ? (
              <span className="fn-eligible">eligible</span>
            ) : (
              <span className="muted small">— {fn.problems.join('; ')}</span>
            )}
            {fn.taskCount > 0 ? (
              <span className="small">
                {' '}
                · {fn.taskCount} Case2Code task{fn.taskCount === 1 ? '' : 's'}:{' '}
                {fn.tasks.map((task, i) => (
                  <span key={`${task.batchId}/${task.index}`}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/batches/${encodeURIComponent(task.batchId)}/problems/${task.index}`}>
                      {task.batchId} #{task.index}
                    </Link>
                  </span>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
