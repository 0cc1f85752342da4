import 'server-only';
import { writeTransaction, type TransactionQuery } from '../db/driver';
import { ConflictError } from '../domain/errors';
import { generateExamples } from '../examples/generate';
import { requireLlmConfig } from '../llm/client';
import { openSandbox, sandboxStatus } from '../sandbox';
import { conflictFrom } from './actions';
import { problemByKey } from './queries';
import type { ProblemView, Reviewer } from './types';

/**
 * "Regenerate examples": the model writes new inputs, the sandbox runs the problem's (verified) answer on
 * them, and the filtered result replaces the problem's examples as a new revision (the old ones stay in
 * the previous revision). A stale version is a ConflictError and nothing is written.
 */
export async function regenerateExamples(
  key: string,
  version: number,
  by: Reviewer,
  options: {
    count?: number;
    signal?: AbortSignal;
    also?: (query: TransactionQuery, change: { version: number; revision: number; kept: number }) => Promise<void>;
  } = {},
): Promise<ProblemView> {
  const before = await problemByKey(key);
  if (before.kind === 'case2code')
    throw new ConflictError('A Case2Code task’s pairs are its statement: launch a new Case2Code batch instead.');
  if (before.verification.verifyStatus !== 'passed')
    throw new ConflictError('Examples come from running a verified answer: verify this problem first.');
  const sandbox = sandboxStatus();
  if (!sandbox.available)
    throw new ConflictError(`The examples run in the sandbox: ${sandbox.problem} Fix: ${sandbox.fix}.`);
  if (before.version !== version) throw conflictFrom(before, version);
  const params = before.batch?.params as { verify?: { examples?: number } } | null;
  const count = options.count ?? (params?.verify?.examples || 8);
  const { record } = await generateExamples(
    { title: before.title, statement: before.statement, signature: before.statement },
    before.answerCode,
    {
      count,
      sandbox: openSandbox(),
      config: requireLlmConfig(),
      signal: options.signal ?? new AbortController().signal,
      headers: { 'x-scogen-item': `${key}/examples/regenerate` },
    },
  );
  const now = Date.now();
  const applied = await writeTransaction(async (query) => {
    const [row] = await query('review/regenerate-examples', {
      key,
      version,
      reviewer: by.name,
      reviewerId: by.id,
      now,
      examples: JSON.stringify(record),
      examplesStatus: record.status,
      examplesCount: record.examples.length,
      examplesReason: record.reason,
      examplesDropped: JSON.stringify(record.dropped),
    });
    if (!row) return false;
    await options.also?.(query, { ...row, kept: record.examples.length });
    return true;
  });
  const view = await problemByKey(key);
  if (!applied) throw conflictFrom(view, version);
  return view;
}
