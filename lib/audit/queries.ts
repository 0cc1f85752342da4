import 'server-only';
import { readQuery } from '../db/driver';
import type { StoredAuditEvent } from './rows';
import { auditCursor, type AuditQuery } from './schemas';
import { isAuditAction, type AuditEventView, type AuditOverview, type AuditPage } from './types';

function parseDetail(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function toView(e: StoredAuditEvent): AuditEventView | null {
  if (!isAuditAction(e.action)) return null;
  return {
    id: e.id,
    at: e.at,
    actor: { id: e.actorId, name: e.actorName, role: e.actorRole, via: e.via },
    action: e.action,
    target: e.target,
    summary: e.summary,
    detail: parseDetail(e.detail),
  };
}

/** One page of the audit log, newest first, keyset-paged by (at, id), filtered by user and by action. */
export async function auditPage(query: AuditQuery): Promise<AuditPage> {
  // One more than a page says whether an older page exists.
  const rows = await readQuery('audit/page', {
    beforeAt: query.before?.at ?? Number.MAX_SAFE_INTEGER,
    beforeId: query.before?.id ?? '',
    actorId: query.actor ?? null,
    action: query.action ?? null,
    limit: query.limit + 1,
  });
  const events = rows
    .slice(0, query.limit)
    .map((row) => toView(row.event))
    .filter((e): e is AuditEventView => e !== null);
  const last = rows[query.limit - 1];
  return { events, next: rows.length > query.limit && last ? auditCursor(last.event) : null };
}

/** Failed sign-ins the audit page lists. */
export const FAILED_SIGN_INS = 50;

/**
 * Who appears in the log (for the user filter), the LLM tokens of the batches each one launched, and the
 * newest failed sign-ins.
 */
export async function auditOverview(): Promise<AuditOverview> {
  const [actors, spend, failedSignIns] = await Promise.all([
    readQuery('audit/actors'),
    readQuery('audit/spend'),
    readQuery('audit/sign-in-failures', { limit: FAILED_SIGN_INS }),
  ]);
  return {
    actors,
    failedSignIns,
    spend: spend.map((row) => ({
      actor: row.actorId ? { id: row.actorId, name: row.actorName ?? row.actorId } : null,
      batches: row.batches,
      prompt: row.promptTokens,
      completion: row.completionTokens,
      total: row.totalTokens,
    })),
  };
}
