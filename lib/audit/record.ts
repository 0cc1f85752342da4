import 'server-only';
import { randomUUID } from 'node:crypto';
import { writeQuery, type TransactionQuery } from '../db/driver';
import type { Actor } from '../domain/roles';
import type { AuditAction, AuditTarget } from './types';

/** What happened, without who and when (those come from the actor and the clock). */
export interface AuditEntry {
  action: AuditAction;
  target: AuditTarget;
  /** One line a person reads on the audit page. */
  summary: string;
  detail?: Record<string, unknown>;
}

function auditParams(actor: Actor, entry: AuditEntry, at: number) {
  return {
    id: randomUUID(),
    at,
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    via: actor.via,
    action: entry.action,
    target: entry.target,
    summary: entry.summary,
    detail: JSON.stringify(entry.detail ?? {}),
  };
}

/** Records an audit event inside the action's own transaction, so the two commit or roll back together. */
export async function recordIn(
  query: TransactionQuery,
  actor: Actor,
  entry: AuditEntry,
  at = Date.now(),
): Promise<void> {
  await query('audit/record', auditParams(actor, entry, at));
}

/**
 * Records an audit event in a transaction of its own: for actions that are not one database transaction
 * (an ingest run in the server's memory, an export's stream, near-duplicate recomputation).
 */
export async function record(actor: Actor, entry: AuditEntry, at = Date.now()): Promise<void> {
  await writeQuery('audit/record', auditParams(actor, entry, at));
}
