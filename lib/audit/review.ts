import 'server-only';
import type { Actor } from '../domain/roles';
import { bulkReview, reviewProblem } from '../review/actions';
import { regenerateExamples } from '../review/regenerate-examples';
import type { ActionRequest, BulkRequest } from '../review/schemas';
import type { BulkResult, ProblemView } from '../review/types';
import { flagNearDuplicates } from '../duplicates/duplicates';
import { requestVerification, type QueuedProblem } from '../verification/requests';
import { record, recordIn } from './record';
import { reviewerOf } from './reviewer';

// Review actions on behalf of an actor: the reviewer recorded on every event and revision comes from the
// actor (lib/audit/reviewer.ts), and each change writes its AuditEvent in the change's own transaction.

/** Approve, reject, reopen or edit one problem as `actor` (body's `reviewer` used in local mode only). */
export async function reviewAs(actor: Actor, key: string, request: ActionRequest): Promise<ProblemView> {
  const by = reviewerOf(actor, request.reviewer);
  return reviewProblem(key, request, by, {
    also: (query, change) =>
      recordIn(query, actor, {
        action: `review.${change.action}`,
        target: `problem:${key}`,
        summary:
          change.action === 'edit'
            ? `edited ${key} (revision ${change.revision})`
            : `${change.from} → ${change.to}: ${key}`,
        detail: {
          reviewer: by.name,
          from: change.from,
          to: change.to,
          version: change.version,
          ...(change.revision !== null ? { revision: change.revision } : {}),
          ...(request.action === 'reject' ? { reasons: request.reasons, note: request.note ?? null } : {}),
        },
      }),
  });
}

/** Bulk approve or reject as `actor`: one AuditEvent with the filter and the counts, in the bulk transaction. */
export async function bulkReviewAs(actor: Actor, request: BulkRequest): Promise<BulkResult> {
  const by = reviewerOf(actor, request.reviewer);
  const { filter } = request;
  return bulkReview(request, by, {
    also: (query, result) =>
      recordIn(query, actor, {
        action: 'review.bulk',
        target: filter.batch ? `batch:${filter.batch}` : 'problems',
        summary: `bulk ${request.action}: ${result.changed} of ${result.matched} matching problems changed`,
        detail: {
          reviewer: by.name,
          action: request.action,
          filter,
          matched: result.matched,
          changed: result.changed,
          ...(request.action === 'reject' ? { reasons: request.reasons ?? [], note: request.note ?? null } : {}),
        },
      }),
  });
}

/**
 * "Verify again" as `actor`. Recorded right after the request is stored (lib/verification writes it in
 * one query of its own), and only when it was: an unknown key records nothing.
 */
export async function verifyAgainAs(actor: Actor, key: string, typed: string | undefined): Promise<QueuedProblem> {
  const by = reviewerOf(actor, typed, 'by');
  const { problems } = await requestVerification({ keys: [key], by: by.name });
  await record(actor, {
    action: 'review.verify-again',
    target: `problem:${key}`,
    summary: `queued ${key} for verification`,
    detail: { by: by.name },
  });
  return problems[0]!;
}

/** "Regenerate examples" as `actor`: the new revision and its AuditEvent in one transaction. */
export async function regenerateExamplesAs(
  actor: Actor,
  key: string,
  request: { version: number; reviewer?: string | undefined },
): Promise<ProblemView> {
  const by = reviewerOf(actor, request.reviewer);
  return regenerateExamples(key, request.version, by, {
    also: (query, change) =>
      recordIn(query, actor, {
        action: 'review.examples',
        target: `problem:${key}`,
        summary: `regenerated the examples of ${key} (revision ${change.revision}, ${change.kept} kept)`,
        detail: { reviewer: by.name, version: change.version, revision: change.revision, kept: change.kept },
      }),
  });
}

/** Recomputes near duplicates as `actor`; recorded right after (the recomputation spans many transactions). */
export async function recomputeDuplicatesAs(
  actor: Actor,
  batch: string | undefined,
): Promise<{ problems: number; flagged: number }> {
  const result = await flagNearDuplicates(batch ? { batchId: batch } : {});
  await record(actor, {
    action: 'review.duplicates',
    target: batch ? `batch:${batch}` : 'problems',
    summary: `recomputed near duplicates: ${result.flagged} of ${result.problems} problems flagged`,
    detail: { batch: batch ?? null, ...result },
  });
  return result;
}
