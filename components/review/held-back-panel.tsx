'use client';

import { callText, outcomeText } from '@/lib/domain/examples';
import type { ProblemView } from '@/lib/review/types';

/**
 * A Case2Code task's pairs (issue 15): the statement shows the first ones; the held-back rest check the
 * answer in the sandbox (its verification). All were observed by running the real function twice.
 */
export function HeldBackPanel({ name, pairs }: { name: string; pairs: NonNullable<ProblemView['ioPairs']> }) {
  const held = pairs.pairs.slice(pairs.shown);
  return (
    <section className="examples-panel" aria-labelledby="held-back-heading">
      <div className="section-head">
        <h3 id="held-back-heading">Held-back pairs</h3>
        <span className="verify-badge verify-passed">executed in the sandbox</span>
      </div>
      <p className="small">
        {pairs.shown} pairs are shown in the statement; these {held.length} are held back and verify the answer.
      </p>
      <table className="table compact examples-table" aria-label="Held-back pairs">
        <thead>
          <tr>
            <th scope="col">Call</th>
            <th scope="col">Observed output</th>
          </tr>
        </thead>
        <tbody>
          {held.map((pair, i) => (
            <tr key={i} className={pair.error ? 'example-raises' : undefined}>
              <td>
                <pre className="example-cell">{callText(name, pair.input)}</pre>
              </td>
              <td>
                <pre className="example-cell">{outcomeText(pair)}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
