import 'server-only';
import { ZodError } from 'zod';
import { writeTransaction, type TransactionQuery } from '../db/driver';
import { ConflictError } from '../domain/errors';
import { filtered, filterParams, runText } from './db';
import { problemByKey } from './queries';
import type { ActionRequest, BulkRequest, EditRequest } from './schemas';
import type { BulkResult, ConflictDetail, ProblemStatus, ProblemView, Reviewer, ReviewChange } from './types';

/** Options of a review write: its time, and work to do in the same transaction once it applied. */
export interface ReviewWriteOptions<Change> {
  now?: number;
  also?: (query: TransactionQuery, change: Change) => Promise<void>;
}

const TARGET: Record<'approve' | 'reject' | 'reopen', ProblemStatus> = {
  approve: 'approved',
  reject: 'rejected',
  reopen: 'pending',
};

const describeTime = (ms: number | null) =>
  ms === null ? 'an unknown time' : new Date(ms).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';

/** The 409 for a stale version: what the problem is now and who changed it since `yourVersion`. */
export function conflictFrom(view: ProblemView, yourVersion: number): ConflictError {
  const changes = view.events.filter((event) => event.version > yourVersion);
  const last = changes.at(-1);
  const who = last
    ? `${last.reviewer} (${last.action}, ${describeTime(last.at)})`
    : `${view.reviewer ?? 'someone'} (${describeTime(view.reviewedAt)})`;
  const { key, version, status, title, statement, answerCode, answerExplanation, reviewer, reviewedAt } = view;
  const conflict: ConflictDetail = {
    key,
    yourVersion,
    current: { version, status, title, statement, answerCode, answerExplanation, reviewer, reviewedAt },
    changes,
  };
  return new ConflictError(
    `Problem ${key} was changed by ${who} after you loaded version ${yourVersion}; it is now at version ${version}. Nothing of yours was saved.`,
    { conflict },
  );
}

function unchangedEdit(): ZodError {
  return new ZodError([
    {
      code: 'custom',
      path: ['statement'],
      message: 'the edit changes nothing (statement, answer and title are as stored)',
      input: undefined,
    },
  ]);
}

/**
 * Applies one reviewer action by `by` if the problem still has the version the reviewer saw. Throws
 * NotFoundError for an unknown key, ConflictError (with the other change) for a stale version,
 * and a ZodError for an edit that changes nothing; nothing is written in any of these cases.
 */
export async function reviewProblem(
  key: string,
  request: ActionRequest,
  by: Reviewer,
  options: ReviewWriteOptions<ReviewChange> = {},
): Promise<ProblemView> {
  const now = options.now ?? Date.now();
  const who = { reviewer: by.name, reviewerId: by.id, now };
  let applied: boolean;
  if (request.action === 'edit') {
    const before = await problemByKey(key);
    const edit = normalizedEdit(request, before);
    if (
      edit.title === before.title &&
      edit.statement === before.statement &&
      edit.answerCode === before.answerCode &&
      edit.answerExplanation === before.answerExplanation
    ) {
      if (before.version !== request.version) throw conflictFrom(before, request.version);
      throw unchangedEdit();
    }
    applied = await writeTransaction(async (query) => {
      const [row] = await query('review/edit', { key, version: request.version, ...who, ...edit });
      if (!row) return false;
      const change = { key, action: 'edit' as const, from: before.status, to: before.status, ...row };
      await options.also?.(query, change);
      return true;
    });
  } else {
    const status = TARGET[request.action];
    const reasons = request.action === 'reject' ? request.reasons : [];
    const note = request.action === 'reject' ? (request.note ?? null) || null : null;
    const action = request.action;
    applied = await writeTransaction(async (query) => {
      const params = { key, version: request.version, ...who, status, action, reasons, note };
      const [row] = await query('review/set-status', params);
      if (!row) return false;
      await options.also?.(query, { key, action, from: row.from, to: status, version: row.version, revision: null });
      return true;
    });
  }
  const view = await problemByKey(key);
  if (!applied) throw conflictFrom(view, request.version);
  return view;
}

function normalizedEdit(request: EditRequest, before: ProblemView) {
  return {
    title: request.title ?? before.title,
    statement: request.statement,
    answerCode: request.answerCode,
    answerExplanation: request.answerExplanation ?? before.answerExplanation,
  };
}

/**
 * Approves or rejects every problem matching the filter that is not in that state yet, in one
 * transaction, if exactly `expected` match (the count the reviewer confirmed); otherwise a ConflictError.
 * `also` runs in that transaction only when the change applied.
 */
export async function bulkReview(
  request: BulkRequest,
  by: Reviewer,
  options: ReviewWriteOptions<BulkResult> = {},
): Promise<BulkResult> {
  const status = TARGET[request.action];
  const params = {
    ...filterParams(request.filter),
    target: status,
    action: request.action,
    expected: request.expected,
    reviewer: by.name,
    reviewerId: by.id,
    now: options.now ?? Date.now(),
    reasons: request.action === 'reject' ? (request.reasons ?? []) : [],
    note: request.action === 'reject' ? (request.note ?? null) || null : null,
  };
  const [row] = await runText('WRITE', filtered('review/bulk'), params, async (query, [written]) => {
    if (written && written.matched === request.expected) await options.also?.(query, written);
  });
  const matched = row?.matched ?? 0;
  if (matched !== request.expected) {
    throw new ConflictError(
      `${matched} problems match this filter now, not the ${request.expected} you confirmed; nothing was changed. Check the count and confirm again.`,
      {
        matched,
        expected: request.expected,
      },
    );
  }
  return { matched, changed: row?.changed ?? 0 };
}
