'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiRequestError, fetchJson, sendJson } from '@/components/ui/fetch-json';
import { llmStatusQuery } from '@/components/ui/llm-badge';
import type { LlmStatus } from '@/lib/llm/status-types';
import { DEFAULT_ATTEMPTS, MAX_ATTEMPTS } from '@/lib/domain/verification';
import { PROMPT_PREVIEW, type BatchRequestInput } from '@/lib/schemas/batch';
import { formatSamplerView, previewBody, type SamplerView } from '@/lib/schemas/sampler-view';
import type { BatchSummary } from '@/lib/synthesis/types';
import { llmReadiness } from './llm-readiness';
import { PromptPreviewDialog } from './prompt-preview-dialog';

const DEFAULT_BATCH_COUNT = '100';
/** Fields of the launch form; the server's 400 names one of these, or a sampling field shown above the button. */
const FORM_FIELDS = ['count', 'name', 'maxTokens', 'verify.enabled', 'verify.attempts'] as const;
type FormField = (typeof FORM_FIELDS)[number];

// Empty or unreadable numbers go to the server as null so its message ("must be a number") is the one shown.
const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function Endpoint({ status, strategy }: { status: LlmStatus | undefined; strategy: SamplerView['strategy'] }) {
  if (!status) return <p className="note">Checking the LLM endpoint…</p>;
  if (status.state === 'not_configured' || status.state === 'invalid') return null;
  const models = [
    ...(strategy === 'llm' ? [`select ${status.models.select ?? 'unset'}`] : []),
    `problem ${status.models.synthesize ?? 'unset'}`,
    `answer ${status.models.answer ?? 'unset'}`,
  ].join(' · ');
  return (
    <p className="note launch-endpoint" role="note" aria-label="LLM endpoint">
      {status.state === 'stub' ? <strong className="stub-label">stub, not a model: </strong> : null}
      <code>{status.baseUrl}</code> · {models}
      {status.state === 'stub' ? ' — replies are deterministic text built from the prompt, for tests and demos.' : ''}
    </p>
  );
}

/** GET /api/sandbox: whether answers can be verified here, and if not why and how to fix it. */
interface SandboxStatus {
  available: boolean;
  fingerprint: string | null;
  problem: string | null;
  fix: string | null;
}

const sandboxQuery = {
  queryKey: ['sandbox'],
  queryFn: () => fetchJson<SandboxStatus>('/api/sandbox'),
  staleTime: 60_000,
} as const;

function FieldError({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <span id={id} className="field-error">
      {messages.join('; ')}
    </span>
  );
}

/** Launch a synthesis batch with exactly the Sampler's parameters and seed (item i is the preview's combination i). */
export function LaunchBatch({ view }: { view: SamplerView }) {
  const router = useRouter();
  const client = useQueryClient();
  const llm = useQuery(llmStatusQuery);
  const readiness = llmReadiness(llm.data);
  const [count, setCount] = useState(DEFAULT_BATCH_COUNT);
  const [name, setName] = useState('');
  const [budget, setBudget] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const sandbox = useQuery(sandboxQuery);
  const available = sandbox.data?.available === true;
  // null: not touched, so it follows the sandbox (on when available).
  const [verifyChoice, setVerifyChoice] = useState<boolean | null>(null);
  const verify = available && (verifyChoice ?? true);
  const [attempts, setAttempts] = useState(String(DEFAULT_ATTEMPTS));

  const { count: _previewCount, ...sampling } = previewBody(view);
  const launch = useMutation({
    mutationFn: (body: BatchRequestInput) => sendJson<BatchSummary>('/api/batches', 'POST', body),
    onSuccess: (batch) => {
      void client.invalidateQueries({ queryKey: ['batches'] });
      router.push(`/batches/${batch.id}`);
    },
  });

  const invalid = launch.error instanceof ApiRequestError && launch.error.status === 400 ? launch.error : null;
  const fieldMessages = (field: FormField) => invalid?.messagesFor(field) ?? [];
  const otherIssues = (invalid?.body.issues ?? []).filter(
    (issue) => !(FORM_FIELDS as readonly string[]).includes(issue.field),
  );
  const noScenario = view.selection === 'list' && view.scenarios.length === 0;
  const blocker = llm.error
    ? `LLM status unavailable: ${llm.error.message}`
    : (readiness.blocker ?? (noScenario ? 'choose at least one scenario' : undefined));

  // A changed form makes the last answer's messages stale.
  const edit = (set: (value: string) => void, value: string) => {
    set(value);
    if (launch.error) launch.reset();
  };
  const input = (field: FormField) => ({
    'aria-invalid': fieldMessages(field).length > 0 || undefined,
    'aria-describedby': fieldMessages(field).length > 0 ? `launch-${field}-error` : undefined,
  });

  return (
    <section className="panel sampler-launch" aria-labelledby="launch-heading">
      <h2 id="launch-heading">Launch a batch</h2>
      <Endpoint status={llm.data} strategy={view.strategy} />
      <form
        aria-label="Launch batch"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (blocker || launch.isPending) return;
          launch.mutate({
            ...sampling,
            count: numberOrNaN(count),
            name,
            maxTokens: budget.trim() === '' ? null : numberOrNaN(budget),
            samplerQuery: formatSamplerView(view).toString(),
            // Launched before the sandbox status arrived and untouched: the server applies the same
            // default (on when the sandbox is available), rather than the form sending "off".
            verify:
              verifyChoice === null && sandbox.data === undefined
                ? { attempts: numberOrNaN(attempts) }
                : { enabled: verify, attempts: verify ? numberOrNaN(attempts) : DEFAULT_ATTEMPTS },
          });
        }}
      >
        <label className="field">
          <span>Items</span>
          <input
            type="number"
            min={1}
            step={1}
            value={count}
            onChange={(event) => edit(setCount, event.target.value)}
            {...input('count')}
          />
          <FieldError id="launch-count-error" messages={fieldMessages('count')} />
        </label>
        <label className="field">
          <span>Name (optional)</span>
          <input
            type="text"
            value={name}
            maxLength={120}
            onChange={(event) => edit(setName, event.target.value)}
            placeholder="derived from the parameters"
            {...input('name')}
          />
          <FieldError id="launch-name-error" messages={fieldMessages('name')} />
        </label>
        <label className="field">
          <span>Token budget (optional)</span>
          <input
            type="number"
            min={1}
            step={1000}
            value={budget}
            onChange={(event) => edit(setBudget, event.target.value)}
            placeholder="no limit"
            {...input('maxTokens')}
          />
          <FieldError id="launch-maxTokens-error" messages={fieldMessages('maxTokens')} />
        </label>
        <p className="note">The batch pauses when its tokens reach the budget, and says so.</p>
        <fieldset className="launch-verify">
          <legend>Verification</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={verify}
              disabled={!available}
              onChange={(event) => {
                setVerifyChoice(event.target.checked);
                if (launch.error) launch.reset();
              }}
              aria-describedby="launch-verify-note"
              aria-invalid={fieldMessages('verify.enabled').length > 0 || undefined}
            />
            <span>Verify answers</span>
          </label>
          <label className="field">
            <span>Attempts (k)</span>
            <input
              type="number"
              min={1}
              max={MAX_ATTEMPTS}
              step={1}
              value={attempts}
              disabled={!verify}
              onChange={(event) => edit(setAttempts, event.target.value)}
              {...input('verify.attempts')}
            />
            <FieldError id="launch-verify.attempts-error" messages={fieldMessages('verify.attempts')} />
          </label>
          <FieldError id="launch-verify.enabled-error" messages={fieldMessages('verify.enabled')} />
          <p id="launch-verify-note" className="note">
            {sandbox.isLoading
              ? 'Checking the sandbox…'
              : sandbox.error
                ? `Sandbox status unavailable: ${sandbox.error.message}`
                : available
                  ? `Each answer runs against generated pytest tests in the sandbox (${sandbox.data?.fingerprint ?? 'pinned environment'}), 1–${MAX_ATTEMPTS} attempts; pass rate and difficulty come from them.`
                  : `Verification is off: ${sandbox.data?.problem ?? 'the sandbox is unavailable'} Fix: ${sandbox.data?.fix ?? 'run npm run sandbox:setup'}.`}
          </p>
        </fieldset>
        {otherIssues.length > 0 ? (
          <ul role="alert" className="error-message" aria-label="Parameter errors">
            {otherIssues.map((issue) => (
              <li key={issue.field}>
                {issue.field}: {issue.message}
              </li>
            ))}
          </ul>
        ) : null}
        {launch.error && !invalid ? (
          <p role="alert" className="error-message">
            Could not launch: {launch.error.message}
          </p>
        ) : null}
        <div className="launch-buttons">
          <button type="button" className="button" disabled={noScenario} onClick={() => setPreviewing(true)}>
            Preview prompts
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={Boolean(blocker) || launch.isPending}
            aria-describedby="launch-note"
          >
            {launch.isPending ? 'Launching…' : 'Launch batch'}
          </button>
        </div>
        <p id="launch-note" className="note">
          {blocker
            ? `Launch is off: ${blocker}.`
            : readiness.warning
              ? `Warning: ${readiness.warning}.`
              : `Same parameters and seed as the preview: item i is the preview's combination i.`}
        </p>
      </form>
      <PromptPreviewDialog
        body={{ ...sampling, items: PROMPT_PREVIEW.default }}
        open={previewing}
        onClose={() => setPreviewing(false)}
      />
    </section>
  );
}
