'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ActionRequest } from '@/lib/review/schemas';
import type { ConflictDetail, ProblemView } from '@/lib/review/types';
import { CodeBlock } from '@/components/ui/code-block';
import { ApiRequestError } from '@/components/ui/fetch-json';
import { formatTime } from '@/components/ui/format';
import { Markdown } from '@/components/ui/markdown';
import { StatusBadge } from '@/components/ui/status-badge';
import { ConflictNotice } from './conflict-notice';
import { EditForm, type EditDraft } from './edit-form';
import { ReviewHistory } from './history';
import { ProblemContext } from './problem-context';
import { problemQuery, sendAction, sendRegenerateExamples, sendVerifyAgain } from './queries';
import { RejectDialog } from './reject-dialog';
import { ShortcutsDialog } from './shortcuts-dialog';
import { DifficultyBadge, UnsandboxedLabel, VerificationBadge, VerifyStateBadge } from './verification-badges';
import { ExamplesPanel } from './examples-panel';
import { HeldBackPanel } from './held-back-panel';
import { VerificationPanel } from './verification-panel';
import { RoleNote } from '@/components/ui/identity';

type Dialog = 'reject' | 'edit' | 'help' | null;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export interface FocusProps {
  problemKey: string;
  position: number;
  total: number;
  reviewer: string;
  /** False for a viewer: the problem is shown, its actions are not (the API would refuse them). */
  canAct?: boolean;
  /** Reviewed in this queue and no longer in its filter (shown again with k). */
  outsideFilter?: boolean;
  onNext(): void;
  onPrevious(): void;
  /** After a saved change: the problem as stored now, and whether to move on to the next one. */
  onChanged(view: ProblemView, advance: boolean): void;
  onOpenProblem(key: string): void;
  onFilterElement(id: string): void;
}

/** One problem at a time (keyed by problem, so notices and drafts never carry over): statement, answer, where it came from, history, and the review actions with their keys. */
export function FocusView({
  problemKey,
  position,
  total,
  reviewer,
  canAct = true,
  outsideFilter = false,
  onNext,
  onPrevious,
  onChanged,
  onOpenProblem,
  onFilterElement,
}: FocusProps) {
  const client = useQueryClient();
  const { data: problem, error, isLoading } = useQuery(problemQuery(problemKey));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saving, setSaving] = useState(false);
  const [draft, setDraft] = useState<EditDraft | null>(null);
  const [conflict, setConflict] = useState<{ message: string; detail: ConflictDetail } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const send = async (body: ActionRequest, advance: boolean): Promise<boolean> => {
    setSaving(true);
    setFailure(null);
    try {
      const view = await sendAction(problemKey, body);
      client.setQueryData(problemQuery(problemKey).queryKey, view);
      setConflict(null);
      onChanged(view, advance);
      return true;
    } catch (caught) {
      if (caught instanceof ApiRequestError && caught.status === 409) {
        setConflict({
          message: caught.message,
          detail: (caught.body as unknown as { conflict: ConflictDetail }).conflict,
        });
      } else setFailure((caught as Error).message);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const approve = () =>
    problem && !saving && void send({ action: 'approve', version: problem.version, reviewer }, true);

  const [requesting, setRequesting] = useState(false);
  // Queues the problem for a verifier; the card then polls until the new result replaces the old one.
  const verifyAgain = async () => {
    if (!problem || requesting || problem.verification.verifyState) return;
    setRequesting(true);
    setFailure(null);
    try {
      const queued = await sendVerifyAgain(problemKey, reviewer);
      client.setQueryData(problemQuery(problemKey).queryKey, (old) =>
        old ? { ...old, verification: { ...old.verification, ...queued } } : old,
      );
      void client.invalidateQueries({ queryKey: ['review', 'problems'] });
    } catch (caught) {
      setFailure(`Could not queue verification: ${(caught as Error).message}`);
    } finally {
      setRequesting(false);
    }
  };

  const [regenerating, setRegenerating] = useState(false);
  const regenerateExamples = async () => {
    if (!problem || regenerating) return;
    setRegenerating(true);
    setFailure(null);
    try {
      const updated = await sendRegenerateExamples(problemKey, problem.version, reviewer);
      client.setQueryData(problemQuery(problemKey).queryKey, updated);
      void client.invalidateQueries({ queryKey: ['review', 'problems'] });
    } catch (caught) {
      setFailure(`Could not regenerate the examples: ${(caught as Error).message}`);
    } finally {
      setRegenerating(false);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        dialog !== null ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTyping(event.target) ||
        document.querySelector('dialog[open]')
      )
        return;
      const actions: Record<string, () => void> = {
        ...(canAct
          ? {
              a: () => approve(),
              r: () => problem && setDialog('reject'),
              e: () => problem && setDialog('edit'),
              v: () => void verifyAgain(),
            }
          : {}),
        j: onNext,
        k: onPrevious,
        '?': () => setDialog('help'),
      };
      const run = actions[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (isLoading) return <p role="status">Loading problem…</p>;
  if (error || !problem) return <p role="alert">Could not load the problem: {error?.message}</p>;

  const editing = dialog === 'edit';
  return (
    <div className="focus-view">
      <article className="focus-main" aria-label={`Problem ${problem.title}`}>
        <header className="focus-header">
          <p className="muted small">
            {position + 1} of {total} · <code>{problem.key}</code> · {problem.scenarioName}
          </p>
          <h2>{problem.title}</h2>
          <p className="focus-state">
            <StatusBadge status={problem.status} /> <span className="muted small">version {problem.version}</span>
            {problem.revision > 0 ? <span className="muted small"> · revision {problem.revision}</span> : null}
            {problem.reviewer ? (
              <span className="muted small">
                {' '}
                · last change by {problem.reviewer} at {formatTime(problem.reviewedAt)}
              </span>
            ) : null}
            {problem.duplicate ? <span className="review-flag"> near duplicate</span> : null}
            {outsideFilter ? <span className="muted small"> · reviewed here; no longer matches the filter</span> : null}
          </p>
          <p className="focus-state" aria-label="Verification state">
            <VerificationBadge verification={problem.verification} />{' '}
            <DifficultyBadge difficulty={problem.verification.difficulty} />{' '}
            <VerifyStateBadge verification={problem.verification} />{' '}
            <UnsandboxedLabel verification={problem.verification} />
          </p>
          {problem.status === 'rejected' && problem.reasons.length > 0 ? (
            <p className="small">
              Rejected for: {problem.reasons.join(', ')}
              {problem.note ? ` — “${problem.note}”` : ''}
            </p>
          ) : null}
          <div className="button-row" role="toolbar" aria-label="Review actions">
            {canAct ? (
              <>
                <button type="button" className="primary" onClick={approve} disabled={saving}>
                  Approve <kbd>a</kbd>
                </button>
                <button type="button" className="danger" onClick={() => setDialog('reject')} disabled={saving}>
                  Reject <kbd>r</kbd>
                </button>
                <button type="button" onClick={() => setDialog('edit')} disabled={saving || editing}>
                  Edit <kbd>e</kbd>
                </button>
                {problem.status !== 'pending' ? (
                  <button
                    type="button"
                    onClick={() => void send({ action: 'reopen', version: problem.version, reviewer }, false)}
                    disabled={saving}
                  >
                    Back to pending
                  </button>
                ) : null}
              </>
            ) : (
              <RoleNote need="reviewer" action="Approving, rejecting or editing" />
            )}
            <button type="button" onClick={onPrevious}>
              Previous <kbd>k</kbd>
            </button>
            <button type="button" onClick={onNext}>
              Skip <kbd>j</kbd>
            </button>
            <button type="button" onClick={() => setDialog('help')} aria-label="Keyboard shortcuts">
              <kbd>?</kbd>
            </button>
          </div>
        </header>
        {failure ? (
          <p role="alert" className="panel panel-error">
            {failure}
          </p>
        ) : null}
        {conflict ? (
          <ConflictNotice
            message={conflict.message}
            conflict={conflict.detail}
            mine={editing && draft ? draft : null}
            onReload={() => {
              setConflict(null);
              void client.invalidateQueries({ queryKey: problemQuery(problemKey).queryKey });
            }}
          />
        ) : null}
        {editing ? (
          <EditForm
            initial={
              draft ?? {
                title: problem.title,
                statement: problem.statement,
                answerCode: problem.answerCode,
                answerExplanation: problem.answerExplanation,
              }
            }
            saving={saving}
            onCancel={() => {
              setDraft(null);
              setDialog(null);
            }}
            onSave={async (next) => {
              setDraft(next);
              if (await send({ action: 'edit', version: problem.version, reviewer, ...next }, false)) {
                setDraft(null);
                setDialog(null);
              }
            }}
          />
        ) : (
          <>
            <section className="review-statement" aria-label="Statement">
              <Markdown source={problem.statement} headingOffset={2} />
            </section>
            {problem.examples ? (
              <ExamplesPanel
                record={problem.examples}
                regenerating={regenerating}
                {...(canAct && problem.verification.verifyStatus === 'passed'
                  ? { onRegenerate: () => void regenerateExamples() }
                  : {})}
              />
            ) : null}
            {problem.ioPairs && problem.functionName ? (
              <HeldBackPanel name={problem.functionName} pairs={problem.ioPairs} />
            ) : null}
            <section aria-label="Answer">
              <h3>Answer</h3>
              <CodeBlock code={problem.answerCode} language="python" label="Answer code" />
              {problem.answerExplanation ? <Markdown source={problem.answerExplanation} headingOffset={3} /> : null}
            </section>
          </>
        )}
        <VerificationPanel
          problem={problem}
          requesting={requesting}
          {...(canAct ? { onVerifyAgain: () => void verifyAgain() } : {})}
        />
        <ReviewHistory events={problem.events} revisions={problem.revisions} />
      </article>
      <ProblemContext problem={problem} onOpenProblem={onOpenProblem} onFilterElement={onFilterElement} />
      {dialog === 'reject' ? (
        <RejectDialog
          title={problem.title}
          onClose={() => setDialog(null)}
          onReject={(value) => {
            setDialog(null);
            void send(
              {
                action: 'reject',
                version: problem.version,
                reviewer,
                reasons: value.reasons,
                ...(value.note.trim() ? { note: value.note.trim() } : {}),
              },
              true,
            );
          }}
        />
      ) : null}
      {dialog === 'help' ? <ShortcutsDialog onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
