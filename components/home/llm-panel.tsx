import type { LlmStatus } from '@/lib/llm/status-types';

const TASKS = ['extract', 'select', 'synthesize', 'answer'] as const;

/** The LLM endpoint on the overview: what is configured, whether it answers, and what to set. */
export function LlmPanel({ status }: { status: LlmStatus }) {
  return (
    <section aria-labelledby="llm-heading" className="panel">
      <h2 id="llm-heading">LLM endpoint</h2>
      {status.state === 'not_configured' || status.state === 'invalid' ? (
        <>
          <p role="status">
            <strong>{status.state === 'invalid' ? 'The LLM configuration is invalid.' : 'Not configured.'}</strong> The
            graph, Explore and Sampler work fully; extraction and synthesis stay disabled until an endpoint is set.
          </p>
          <pre className="doc-text">{status.message}</pre>
        </>
      ) : (
        <>
          <p role="status">
            <code>{status.baseUrl}</code>{' '}
            {status.state === 'stub' ? (
              <strong>
                is the SCoGen test stub, not a model: its replies are deterministic and built from the input&apos;s own
                words.
              </strong>
            ) : status.state === 'unreachable' ? (
              <strong>does not answer: {status.error}</strong>
            ) : (
              'answers.'
            )}
          </p>
          <table className="table" aria-label="Models per task">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Model</th>
                <th scope="col">Listed by the endpoint</th>
              </tr>
            </thead>
            <tbody>
              {TASKS.map((task) => {
                const model = status.models[task];
                return (
                  <tr key={task}>
                    <td>{task}</td>
                    <td>
                      {model ?? <span className="muted">unset (LLM_MODEL_{task.toUpperCase()} or LLM_MODEL)</span>}
                    </td>
                    <td>
                      {status.state === 'unreachable' ? '—' : model && status.available.includes(model) ? 'yes' : 'no'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
