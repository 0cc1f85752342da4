'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiRequestError, fetchJson, sendJson } from '@/components/ui/fetch-json';
import { errorProps, FieldError } from '@/components/ui/field-error';
import { useLlmStatus } from '@/components/ui/llm-badge';
import type { LlmStatus } from '@/lib/llm/status-types';
import { DEFAULT_ATTEMPTS, MAX_ATTEMPTS } from '@/lib/domain/verification';
import { DEFAULT_EXAMPLES, MAX_EXAMPLES } from '@/lib/domain/examples';
import { batchRequestSchema, PROMPT_PREVIEW, type BatchRequestInput } from '@/lib/schemas/batch';
import { formatSamplerView, previewBody, type SamplerView } from '@/lib/schemas/sampler-view';
import type { BatchSummary } from '@/lib/synthesis/types';
import { issueText, parseNumber, RULES, ruleText, type NumberRule } from './form-rules';
import { llmReadiness } from './llm-readiness';
import { PromptPreviewDialog } from './prompt-preview-dialog';
import { RoleNote, useCan } from '@/components/ui/identity';

const DEFAULT_BATCH_COUNT = '100';
/** Fields of the launch form; the server's 400 names one of these, or a sampling field shown above the button. */
const FORM_FIELDS = ['count', 'name', 'maxTokens', 'verify.enabled', 'verify.attempts', 'verify.examples'] as const;
type FormField = (typeof FORM_FIELDS)[number];
/** How a field's error names it, and the schema's rule when it is a number. */
const FIELD_WORDS: Record<FormField, { label: string; rule?: NumberRule }> = {
  count: { label: 'Items', rule: RULES.batchCount },
  name: { label: 'Name' },
  maxTokens: { label: 'Token budget', rule: RULES.maxTokens },
  'verify.enabled': { label: 'Verify answers' },
  'verify.attempts': { label: 'Attempts', rule: RULES.attempts },
  'verify.examples': { label: 'Examples', rule: RULES.examples },
};
const isFormField = (field: string): field is FormField => (FORM_FIELDS as readonly string[]).includes(field);

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

/** The batch request as the server will read it; empty or unreadable numbers are NaN, which its schema refuses. */
function launchBody(
  sampling: Omit<ReturnType<typeof previewBody>, 'count'>,
  view: SamplerView,
  form: { count: string; name: string; budget: string; attempts: string; examples: string },
  verify: { choice: boolean | null; known: boolean; on: boolean },
): BatchRequestInput {
  return {
    ...sampling,
    count: parseNumber(form.count),
    name: form.name,
    maxTokens: form.budget.trim() === '' ? null : parseNumber(form.budget),
    samplerQuery: formatSamplerView(view).toString(),
    // Launched before the sandbox status arrived and untouched: the server applies the same
    // default (on when the sandbox is available), rather than the form sending "off".
    verify:
      verify.choice === null && !verify.known
        ? { attempts: parseNumber(form.attempts), examples: parseNumber(form.examples) }
        : verify.on
          ? { enabled: true, attempts: parseNumber(form.attempts), examples: parseNumber(form.examples) }
          : { enabled: false, attempts: DEFAULT_ATTEMPTS, examples: 0 },
  };
}

/**
 * Launch a synthesis batch with exactly the Sampler's parameters and seed (item i is the preview's
 * combination i). The form is checked live against the server's batch schema; `samplingBlocker` says
 * what is wrong with the Sampler's own fields.
 */
interface LaunchBatchProps {
  view: SamplerView;
  samplingBlocker: string | undefined;
  /** Called just before the page navigates to the launched batch. */
  onLeave?: () => void;
}

export function LaunchBatch(props: LaunchBatchProps) {
  if (!useCan('admin'))
    return (
      <section className="panel sampler-launch" aria-labelledby="launch-heading">
        <h2 id="launch-heading">Launch a batch</h2>
        <RoleNote need="admin" action="Launching a batch" />
      </section>
    );
  return <LaunchBatchForm {...props} />;
}

function LaunchBatchForm({ view, samplingBlocker, onLeave }: LaunchBatchProps) {
  const router = useRouter();
  const client = useQueryClient();
  const llm = useLlmStatus();
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
  const [examples, setExamples] = useState(String(DEFAULT_EXAMPLES));

  const { count: _previewCount, ...sampling } = previewBody(view);
  const launch = useMutation({
    mutationFn: (body: BatchRequestInput) => sendJson<BatchSummary>('/api/batches', 'POST', body),
    onSuccess: (batch) => {
      void client.invalidateQueries({ queryKey: ['batches'] });
      onLeave?.();
      router.push(`/batches/${batch.id}`);
    },
  });

  const body = launchBody(
    sampling,
    view,
    { count, name, budget, attempts, examples },
    { choice: verifyChoice, known: sandbox.data !== undefined, on: verify },
  );
  const checked = batchRequestSchema.safeParse(body);
  const liveIssues = checked.success ? [] : checked.error.issues;
  const live = (field: FormField): string | undefined => {
    const issue = liveIssues.find((i) => i.path.join('.') === field);
    if (!issue) return undefined;
    const words = FIELD_WORDS[field];
    return words.rule ? ruleText(words.label, words.rule) : `${words.label} ${issue.message}`;
  };
  const invalid = launch.error instanceof ApiRequestError && launch.error.status === 400 ? launch.error : null;
  // The live check first; after a launch, what the server said.
  const fieldMessage = (field: FormField) => live(field) ?? (invalid?.messagesFor(field) ?? []).join('; ');
  const otherIssues = (invalid?.body.issues ?? []).filter((issue) => !isFormField(issue.field));
  const formProblems = FORM_FIELDS.flatMap((field) => live(field) ?? []);
  // Sampling rules the batch schema checks are the Sampler form's, already in samplingBlocker.
  const samplingProblems =
    samplingBlocker ??
    (liveIssues
      .filter((i) => !isFormField(i.path.join('.')))
      .map(issueText)
      .join('; ') ||
      undefined);
  const requestBlocker = [samplingProblems, ...formProblems].filter(Boolean).join('; ') || undefined;
  const blocker = llm.error ? `LLM status unavailable: ${llm.error.message}` : (readiness.blocker ?? requestBlocker);

  // A changed form makes the last answer's messages stale.
  const edit = (set: (value: string) => void, value: string) => {
    set(value);
    if (launch.error) launch.reset();
  };
  const input = (field: FormField) => ({
    id: `launch-${field}`,
    ...errorProps(`launch-${field}-error`, fieldMessage(field)),
  });
  const error = (field: FormField) => <FieldError id={`launch-${field}-error`} message={fieldMessage(field)} />;

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
          launch.mutate(body);
        }}
      >
        <div className="field">
          <label htmlFor="launch-count">Items</label>
          <input
            type="number"
            min={1}
            step={1}
            value={count}
            onChange={(event) => edit(setCount, event.target.value)}
            {...input('count')}
          />
          {error('count')}
        </div>
        <div className="field">
          <label htmlFor="launch-name">Name (optional)</label>
          <input
            type="text"
            value={name}
            maxLength={120}
            onChange={(event) => edit(setName, event.target.value)}
            placeholder="derived from the parameters"
            {...input('name')}
          />
          {error('name')}
        </div>
        <div className="field">
          <label htmlFor="launch-maxTokens">Token budget (optional)</label>
          <input
            type="number"
            min={1}
            step={1000}
            value={budget}
            onChange={(event) => edit(setBudget, event.target.value)}
            placeholder="no limit"
            {...input('maxTokens')}
          />
          {error('maxTokens')}
        </div>
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
              {...errorProps('launch-verify.enabled-error', fieldMessage('verify.enabled'), ['launch-verify-note'])}
            />
            <span>Verify answers</span>
          </label>
          <div className="field">
            <label htmlFor="launch-verify.attempts">Attempts (k)</label>
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
            {error('verify.attempts')}
          </div>
          <div className="field">
            <label htmlFor="launch-verify.examples">Examples per problem</label>
            <input
              type="number"
              min={0}
              max={MAX_EXAMPLES}
              step={1}
              value={examples}
              disabled={!verify}
              onChange={(event) => edit(setExamples, event.target.value)}
              {...input('verify.examples')}
            />
            {error('verify.examples')}
          </div>
          {error('verify.enabled')}
          <p id="launch-verify-note" className="note">
            {sandbox.isLoading
              ? 'Checking the sandbox…'
              : sandbox.error
                ? `Sandbox status unavailable: ${sandbox.error.message}`
                : available
                  ? `Each answer runs against generated pytest tests in the sandbox (${sandbox.data?.fingerprint ?? 'pinned environment'}), 1–${MAX_ATTEMPTS} attempts; pass rate and difficulty come from them. Examples: the model writes inputs, the verified solution runs on them, and the observed outputs (not the model's guesses) go into the statement; 0 for none.`
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
          <button
            type="button"
            className="button"
            disabled={Boolean(samplingProblems)}
            aria-describedby={samplingProblems ? 'launch-prompts-note' : undefined}
            onClick={() => setPreviewing(true)}
          >
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
        {samplingProblems ? (
          <p id="launch-prompts-note" className="note off-note">
            Preview prompts is off: {samplingProblems}.
          </p>
        ) : null}
        <p id="launch-note" className={blocker ? 'note off-note' : 'note'}>
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
