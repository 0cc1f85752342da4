import 'server-only';
import type { Actor } from '../domain/roles';
import type { BatchAction, BatchRequest, Case2CodeBatchRequest, CodebaseBatchRequest } from '../schemas/batch';
import { launchBatch } from '../synthesis/batches';
import { launchCase2CodeBatch } from '../synthesis/case2code-batches';
import { launchCodebaseBatch } from '../synthesis/codebase-batches';
import { applyBatchAction } from '../synthesis/store';
import type { BatchSummary } from '../synthesis/types';
import { recordIn } from './record';

// Batch launches and controls on behalf of an actor: the batch stores who launched (and who cancelled) it,
// and each writes its AuditEvent in the same transaction as the batch change.

/** Launches a batch as `actor`: stored with launchedBy, audited in the transaction that creates it. */
export async function launchBatchAs(actor: Actor, request: BatchRequest): Promise<BatchSummary> {
  return launchBatch(request, {
    launchedBy: { id: actor.id, name: actor.name },
    also: (query, batch) =>
      recordIn(query, actor, {
        action: 'batch.launch',
        target: `batch:${batch.id}`,
        summary: `launched ${batch.name} (${batch.count} items${batch.maxTokens === null ? '' : `, budget ${batch.maxTokens} tokens`})`,
        detail: { name: batch.name, count: batch.count, strategy: batch.strategy, maxTokens: batch.maxTokens },
      }),
  });
}

/** Launches a Case2Code batch as `actor`, audited in the transaction that creates it. */
export async function launchCase2CodeBatchAs(actor: Actor, request: Case2CodeBatchRequest): Promise<BatchSummary> {
  return launchCase2CodeBatch(request, {
    launchedBy: { id: actor.id, name: actor.name },
    also: (query, batch) =>
      recordIn(query, actor, {
        action: 'batch.launch',
        target: `batch:${batch.id}`,
        summary: `launched ${batch.name} (Case2Code, ${batch.count} functions)`,
        detail: { name: batch.name, count: batch.count, kind: 'case2code', maxTokens: batch.maxTokens },
      }),
  });
}

/** Launches a codebase batch as `actor` (issue 16), audited in the transaction that creates it. */
export async function launchCodebaseBatchAs(actor: Actor, request: CodebaseBatchRequest): Promise<BatchSummary> {
  return launchCodebaseBatch(request, {
    launchedBy: { id: actor.id, name: actor.name },
    also: (query, batch) =>
      recordIn(query, actor, {
        action: 'batch.launch',
        target: `batch:${batch.id}`,
        summary: `launched ${batch.name} (codebase ${request.codebase}, ${batch.count} tasks)`,
        detail: {
          name: batch.name,
          count: batch.count,
          kind: 'codebase',
          codebase: request.codebase,
          families: request.families,
          maxTokens: batch.maxTokens,
        },
      }),
  });
}

/** Pause, resume, cancel or retry failed items as `actor`, audited in the status change's transaction. */
export async function batchActionAs(actor: Actor, id: string, request: BatchAction): Promise<BatchSummary> {
  return applyBatchAction(id, request, {
    by: { id: actor.id, name: actor.name },
    also: (query, change) =>
      recordIn(query, actor, {
        action: `batch.${request.action}`,
        target: `batch:${id}`,
        summary:
          request.action === 'retry-failed'
            ? `re-queued ${change.requeued} failed items of ${id}${request.failureClass ? ` (${request.failureClass})` : ''}`
            : `${change.from} → ${change.to}: ${id}`,
        detail: {
          from: change.from,
          to: change.to,
          ...(request.action === 'retry-failed'
            ? { requeued: change.requeued, failureClass: request.failureClass ?? null }
            : {}),
          ...(request.maxTokens !== undefined ? { maxTokens: request.maxTokens } : {}),
        },
      }),
  });
}
