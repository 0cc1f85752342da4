import 'server-only';
import { writeQuery } from '../db/driver';
import { NotFoundError } from '../domain/errors';

export interface VerificationRequest {
  keys: string[];
  /** Who asked (the reviewer's name). */
  by: string;
}

export interface QueuedProblem {
  key: string;
  verifyState: 'queued' | 'leased';
  verifyRequestedBy: string | null;
  verifyRequestedAt: number | null;
}

/**
 * "Verify again": puts the problems on the re-verification queue (`verifyState = 'queued'`, who and when),
 * for a verifier to lease (lib/synthesis/MODEL.md). A problem a verifier holds right now stays with it.
 * Review state and version are untouched. NotFoundError, with nothing queued, when a key is unknown.
 */
export async function requestVerification(
  request: VerificationRequest,
  now = Date.now(),
): Promise<{ queued: number; problems: QueuedProblem[] }> {
  const keys = [...new Set(request.keys)];
  const [row] = await writeQuery('verification/request', { keys, by: request.by, now });
  const missing = row?.missing ?? keys;
  if (missing.length > 0) throw new NotFoundError(`No problem ${missing.map((k) => JSON.stringify(k)).join(', ')}`);
  return {
    queued: row?.queued ?? 0,
    problems: (row?.problems ?? []).map((p) => ({
      key: p.key,
      verifyState: p.verifyState === 'leased' ? 'leased' : 'queued',
      verifyRequestedBy: p.verifyRequestedBy,
      verifyRequestedAt: p.verifyRequestedAt,
    })),
  };
}
