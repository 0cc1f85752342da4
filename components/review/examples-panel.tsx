'use client';

import {
  callText,
  DROP_LABELS,
  DROP_REASONS,
  outcomeText,
  type ExamplesRecord,
  type ExecutedExample,
} from '@/lib/domain/examples';

function Dropped({ record }: { record: ExamplesRecord }) {
  const reasons = DROP_REASONS.filter((reason) => (record.dropped[reason] ?? 0) > 0);
  if (reasons.length === 0) return null;
  return (
    <p className="small examples-dropped">
      Dropped:{' '}
      {reasons.map((reason, i) => (
        <span key={reason}>
          {i > 0 ? ', ' : ''}
          {record.dropped[reason]} {DROP_LABELS[reason]}
        </span>
      ))}
      .
    </p>
  );
}

function Row({ record, example }: { record: ExamplesRecord; example: ExecutedExample }) {
  const call = record.mode === 'kwargs' && record.entry ? callText(record.entry, example.input) : example.input;
  return (
    <tr className={example.error ? 'example-raises' : undefined}>
      <td>
        <pre className="example-cell">{call}</pre>
      </td>
      <td>
        <pre className="example-cell">{outcomeText(example)}</pre>
      </td>
    </tr>
  );
}

/**
 * A problem's executed examples (issue 15): each input with the output the sandbox observed when it ran
 * the verified solution (twice, in two interpreters). None of it is the model's own claim.
 */
export function ExamplesPanel({
  record,
  regenerating = false,
  onRegenerate,
}: {
  record: ExamplesRecord;
  regenerating?: boolean;
  /** Absent for a viewer, or when the problem has no verified answer to run. */
  onRegenerate?: () => void;
}) {
  return (
    <section className="examples-panel" aria-labelledby="examples-heading">
      <div className="section-head">
        <h3 id="examples-heading">Examples</h3>
        {onRegenerate ? (
          <button type="button" className="push-right" onClick={onRegenerate} disabled={regenerating}>
            {regenerating ? 'Running the inputs…' : 'Regenerate examples'}
          </button>
        ) : null}
        {record.unsandboxed ? (
          <span className="unsandboxed-label">executed without the sandbox</span>
        ) : (
          <span className="verify-badge verify-passed" title={`Environment ${record.fingerprint}`}>
            executed in the sandbox
          </span>
        )}
      </div>
      {record.status === 'kept' ? (
        <>
          <p className="small">
            {record.examples.length} of {record.returned} inputs the model wrote, with the outputs observed by running
            the verified solution twice; {record.claimsWrong} of the model&apos;s own guesses were wrong and none is
            used.
          </p>
          <table className="table compact examples-table" aria-label="Executed examples">
            <thead>
              <tr>
                <th scope="col">Input</th>
                <th scope="col">Observed output</th>
              </tr>
            </thead>
            <tbody>
              {record.examples.map((example, i) => (
                <Row key={i} record={record} example={example} />
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="small" role="note">
          No examples: {record.reason ?? 'none passed the filter'}.
        </p>
      )}
      <Dropped record={record} />
    </section>
  );
}
