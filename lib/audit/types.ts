// The audit log's actions and the shapes the audit API answers with. Pure: the audit page's filter reads
// the same list the server records.

export const AUDIT_ACTIONS = [
  'batch.launch',
  'batch.pause',
  'batch.resume',
  'batch.cancel',
  'batch.retry-failed',
  'review.approve',
  'review.reject',
  'review.edit',
  'review.reopen',
  'review.bulk',
  'review.verify-again',
  'review.duplicates',
  'review.examples',
  'export',
  'ingest.start',
  'ingest.cancel',
  'preset.save',
  'preset.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'batch.launch': 'launched a batch',
  'batch.pause': 'paused a batch',
  'batch.resume': 'resumed a batch',
  'batch.cancel': 'cancelled a batch',
  'batch.retry-failed': 'retried failed items',
  'review.approve': 'approved',
  'review.reject': 'rejected',
  'review.edit': 'edited',
  'review.reopen': 'reopened',
  'review.bulk': 'bulk review',
  'review.verify-again': 'asked to verify again',
  'review.duplicates': 'recomputed duplicates',
  'review.examples': 'regenerated examples',
  export: 'exported',
  'ingest.start': 'started an ingest',
  'ingest.cancel': 'cancelled an ingest',
  'preset.save': 'saved a preset',
  'preset.delete': 'deleted a preset',
};

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/**
 * What an event acted on, as `kind:id`: `batch:<id>`, `problem:<key>`, `preset:<name>`, `ingest:<run id>`,
 * or `problems` for a bulk change or an export that spans batches.
 */
export type AuditTarget = string;

/** One entry of the audit log, newest first on the page. */
export interface AuditEventView {
  id: string;
  at: number;
  actor: { id: string; name: string; role: string; via: string };
  action: AuditAction;
  target: AuditTarget;
  summary: string;
  /** The action's parameters and counts (filter, reasons, scope, matched …). */
  detail: Record<string, unknown>;
}

export interface AuditPage {
  events: AuditEventView[];
  /** The cursor of the next (older) page, or null at the end. */
  next: string | null;
}

/** Who appears in the log, for the page's user filter. */
export interface AuditActor {
  id: string;
  name: string;
}

/** LLM tokens of the batches one user launched; `actor` null for batches launched before sign-in existed. */
export interface TokenSpend {
  actor: AuditActor | null;
  batches: number;
  prompt: number;
  completion: number;
  total: number;
}

/** A failed sign-in, as lib/auth records it (the e-mail address tried, never the password). */
export interface FailedSignIn {
  email: string | null;
  ip: string | null;
  status: number | null;
  at: number;
}

export interface AuditOverview {
  actors: AuditActor[];
  spend: TokenSpend[];
  /** The newest failed sign-ins, newest first. */
  failedSignIns: FailedSignIn[];
}
