'use client';

import type { ProblemView, VerificationAttempt } from '@/lib/review/types';
import { CodeBlock } from '@/components/ui/code-block';
import { formatTime } from '@/components/ui/format';
import {
  DifficultyBadge,
  formatPercent,
  UnsandboxedLabel,
  VERIFY_LABELS,
  VerificationBadge,
} from './verification-badges';

const formatMs = (ms: number) => (ms >= 1_000 ? `${(ms / 1_000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/** One attempt's tests as the harness reported them: id, outcome, the failing assertion and pytest's detail. */
function TestResults({ attempt, label }: { attempt: VerificationAttempt; label: string }) {
  if (attempt.results.length === 0)
    return (
      <p className="small">
        No per-test results ({VERIFY_LABELS[attempt.status]}){attempt.message ? `: ${attempt.message}` : '.'}
      </p>
    );
  return (
    <table className="table compact test-results" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Test</th>
          <th scope="col">Outcome</th>
          <th scope="col">Failing assertion</th>
          <th scope="col" className="num">
            Time
          </th>
        </tr>
      </thead>
      <tbody>
        {attempt.results.map((result) => (
          <tr key={result.id} className={`test-${result.outcome}`}>
            <td>
              <code className="small">{result.id}</code>
            </td>
            <td>
              <span className={`verify-badge verify-${result.outcome}`}>{result.outcome}</span>
            </td>
            <td>
              {result.message ? <code className="small failing-message">{result.message}</code> : null}
              {result.detail ? (
                <details>
                  <summary className="small">pytest detail</summary>
                  <pre className="run-output">{result.detail}</pre>
                </details>
              ) : null}
            </td>
            <td className="num small">{formatMs(result.ms)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RunOutput({ output, label }: { output: string; label: string }) {
  return output.trim() ? (
    <pre className="run-output" aria-label={label}>
      {output}
    </pre>
  ) : (
    <p className="muted small">No output.</p>
  );
}

function AttemptDetails({ attempt, kept }: { attempt: VerificationAttempt; kept: boolean }) {
  const name = `Attempt ${attempt.index}`;
  return (
    <details className="attempt">
      <summary>
        <strong>{name}</strong>{' '}
        <span className="muted small">{attempt.role === 'reference' ? 'reference answer' : 'attempt'}</span>{' '}
        <span className={`verify-badge verify-${attempt.status}`}>{VERIFY_LABELS[attempt.status]}</span>{' '}
        <span className="small">
          {attempt.counts.passed} passed · {attempt.counts.failed} failed · {attempt.counts.total} collected · coverage{' '}
          {formatPercent(attempt.coverage?.ratio ?? null)} · {formatMs(attempt.durationMs)}
        </span>
        {kept ? <span className="kept-label"> kept</span> : null}
      </summary>
      {attempt.message ? (
        <p className="small">
          <code className="failing-message">{attempt.message}</code>
        </p>
      ) : null}
      <h5>Solution</h5>
      <CodeBlock code={attempt.solution} language="python" label={`${name} solution`} />
      <h5>Tests</h5>
      <CodeBlock code={attempt.tests} language="python" label={`${name} tests`} />
      <h5>Results</h5>
      <TestResults attempt={attempt} label={`${name} test results`} />
      <h5>Output</h5>
      <RunOutput output={attempt.output} label={`${name} output`} />
      {attempt.model ? (
        <p className="muted small">
          written by {attempt.model}
          {attempt.promptHash ? ` · prompt ${attempt.promptHash}` : ''}
        </p>
      ) : null}
    </details>
  );
}

/** The problem's sandboxed verification: the kept tests, per-test results and output, every attempt, the environment. */
export function VerificationPanel({
  problem,
  requesting,
  onVerifyAgain,
}: {
  problem: ProblemView;
  requesting: boolean;
  /** Absent for a viewer, who cannot queue work. */
  onVerifyAgain?: () => void;
}) {
  const summary = problem.verification;
  const detail = problem.verificationDetail;
  const shown = detail ? (detail.attempts[Math.max(0, detail.keptAttempt)] ?? detail.attempts[0]) : undefined;
  const waiting = summary.verifyState !== null;
  // A relation question's answer is read from the code graph: there are no tests or runs to show.
  const byConstruction = Boolean(problem.relationAnswer && detail?.fingerprint?.startsWith('graph:'));
  return (
    <section className="verification-panel" aria-labelledby="verification-heading">
      <div className="section-head">
        <h3 id="verification-heading">Verification</h3>
        <VerificationBadge verification={summary} /> <DifficultyBadge difficulty={summary.difficulty} />
        {onVerifyAgain ? (
          <button type="button" onClick={onVerifyAgain} disabled={requesting || waiting}>
            Verify again <kbd>v</kbd>
          </button>
        ) : null}
      </div>
      {waiting ? (
        <p className="notice" role="status">
          {summary.verifyState === 'queued' ? 'Queued for verification' : 'Being verified'}
          {summary.verifyRequestedBy
            ? ` (asked by ${summary.verifyRequestedBy} at ${formatTime(summary.verifyRequestedAt)})`
            : ''}
          ; a verifier runs it in the sandbox and this card updates when the result comes in.
        </p>
      ) : null}
      {summary.unsandboxed ? (
        <p className="notice notice-error" role="alert">
          <UnsandboxedLabel verification={summary} /> This result was produced with the sandbox explicitly turned off
          (SANDBOX_MODE=unsandboxed): the code ran with the app&apos;s own rights. Verify again with the sandbox before
          trusting it.
        </p>
      ) : null}
      {!detail ? (
        <p className="small">
          Not verified: this problem&apos;s batch ran without verification. &quot;Verify again&quot; runs it in the
          sandbox.
        </p>
      ) : (
        <>
          {byConstruction ? (
            <p className="small verification-summary">{shown?.message}</p>
          ) : (
            <p className="small verification-summary">
              {summary.verifyPassed ?? 0} of {summary.verifyAttempts ?? detail.attempts.length} attempts passed · pass
              rate {formatPercent(summary.passRate)} · coverage of the kept solution {formatPercent(summary.coverage)}
              {detail.keptAttempt >= 0 ? ` (attempt ${detail.keptAttempt})` : ' (no attempt passed)'}
            </p>
          )}
          <dl className="param-list compact" aria-label="Verification environment">
            <div>
              <dt>Environment</dt>
              <dd>
                <code>{detail.fingerprint ?? 'unknown'}</code>
              </dd>
            </div>
            <div>
              <dt>Verified</dt>
              <dd>
                {formatTime(detail.verifiedAt)}
                {detail.worker ? ` by ${detail.worker}` : ''}
              </dd>
            </div>
          </dl>
          {byConstruction ? null : (
            <>
              <h4>Tests {detail.keptAttempt >= 0 ? `(kept, attempt ${detail.keptAttempt})` : '(reference attempt)'}</h4>
              <CodeBlock code={detail.tests} language="python" label="Kept tests" />
              {shown ? (
                <>
                  <h4>Results of attempt {shown.index}</h4>
                  <TestResults attempt={shown} label="Test results" />
                  <h4>Output of attempt {shown.index}</h4>
                  <RunOutput output={shown.output} label="Run output" />
                </>
              ) : null}
              <h4>Attempts</h4>
              <div className="attempts" aria-label="Attempts">
                {detail.attempts.map((attempt) => (
                  <AttemptDetails key={attempt.index} attempt={attempt} kept={attempt.index === detail.keptAttempt} />
                ))}
              </div>
              {detail.referenceCode !== null && detail.keptAttempt > 0 ? (
                <p className="muted small">
                  The answer above is attempt {detail.keptAttempt}&apos;s solution; the reference answer is attempt 0.
                </p>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
