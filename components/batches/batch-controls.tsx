'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BatchAction } from '@/lib/schemas/batch';
import type { BatchDetail } from '@/lib/synthesis/types';
import { ApiRequestError } from '@/components/ui/fetch-json';
import { formatCount } from '@/components/ui/format';
import { isActive } from './format';
import { batchAction } from './queries';
import { RoleNote, useCan } from '@/components/ui/identity';

/** Whether the batch stopped on its token budget (so resuming needs a bigger one or none). */
export const overBudget = (batch: Pick<BatchDetail, 'maxTokens' | 'tokens'>) =>
  batch.maxTokens !== null && batch.tokens.total >= batch.maxTokens;

/** Runs one batch action and refreshes every batch query; the error stays shown until the next action. */
export function useBatchAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: BatchAction) => batchAction(id, action),
    onSettled: () => client.invalidateQueries({ queryKey: ['batches'] }),
  });
}

function BudgetResume({
  batch,
  onResume,
  busy,
}: {
  batch: BatchDetail;
  onResume(maxTokens: number | null): void;
  busy: boolean;
}) {
  // Suggest room for as much again as was spent; empty removes the budget.
  const [text, setText] = useState(String(Math.max(1_000, Math.ceil((2 * batch.tokens.total) / 1_000) * 1_000)));
  const value = text.trim() === '' ? null : Number(text);
  const invalid = value !== null && (!Number.isInteger(value) || value <= batch.tokens.total);
  return (
    <form
      className="budget-resume"
      aria-label="Resume with a new budget"
      onSubmit={(event) => {
        event.preventDefault();
        if (!invalid) onResume(value);
      }}
    >
      <label className="field">
        <span>New token budget (empty: no budget)</span>
        <input
          type="number"
          min={batch.tokens.total + 1}
          step={1}
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby="budget-note"
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button type="submit" className="button" disabled={busy || invalid}>
        {value === null ? 'Remove budget and resume' : 'Resume with this budget'}
      </button>
      <span id="budget-note" className="note">
        {formatCount(batch.tokens.total)} tokens spent so far; a new budget must be above that.
      </span>
    </form>
  );
}

/** Pause, resume (optionally with a new budget) and cancel (after a confirmation). */
export function BatchControls({ batch }: { batch: BatchDetail }) {
  if (!useCan('admin')) return <RoleNote need="admin" action="Pausing, resuming or cancelling a batch" />;
  return <BatchControlButtons batch={batch} />;
}

function BatchControlButtons({ batch }: { batch: BatchDetail }) {
  const action = useBatchAction(batch.id);
  const [confirming, setConfirming] = useState(false);
  const run = (next: BatchAction) => action.mutate(next, { onSuccess: () => setConfirming(false) });
  const active = isActive(batch.status);
  const stoppable = active || batch.status === 'paused';
  const conflict =
    action.error instanceof ApiRequestError && action.error.status === 409 && action.variables?.action === 'resume';
  const showBudget = batch.status === 'paused' && (overBudget(batch) || conflict);

  return (
    <section className="panel batch-controls" aria-label="Batch controls">
      <div className="control-row">
        {active ? (
          <button type="button" className="button" disabled={action.isPending} onClick={() => run({ action: 'pause' })}>
            Pause
          </button>
        ) : null}
        {batch.status === 'paused' ? (
          <button
            type="button"
            className="button"
            disabled={action.isPending}
            onClick={() => run({ action: 'resume' })}
          >
            Resume
          </button>
        ) : null}
        {stoppable && !confirming ? (
          <button
            type="button"
            className="button danger"
            disabled={action.isPending}
            onClick={() => setConfirming(true)}
          >
            Cancel batch…
          </button>
        ) : null}
        {!stoppable ? <span className="note">This batch is {batch.status}: nothing to pause or cancel.</span> : null}
      </div>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm cancel" aria-describedby="cancel-note">
          <p id="cancel-note">
            Cancel <strong>{batch.name}</strong>? No new items start; the {formatCount(batch.done)} finished problems
            are kept. A cancelled batch cannot be resumed.
          </p>
          <button
            type="button"
            className="button danger"
            disabled={action.isPending}
            onClick={() => run({ action: 'cancel' })}
          >
            Yes, cancel the batch
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : null}
      {showBudget ? (
        <BudgetResume
          batch={batch}
          busy={action.isPending}
          onResume={(maxTokens) => run({ action: 'resume', maxTokens })}
        />
      ) : null}
      {action.error ? (
        <p role="alert" className="error-message">
          Could not {action.variables?.action ?? 'do that'}: {action.error.message}
        </p>
      ) : null}
    </section>
  );
}
