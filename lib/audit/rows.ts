// The rows of the audit log's queries (cypher/audit/): see lib/db/rows.ts.
import type { NoRows } from '../db/rows';

/** An AuditEvent node as stored; `detail` is JSON. */
export interface StoredAuditEvent {
  id: string;
  at: number;
  actorId: string;
  actorName: string;
  actorRole: string;
  via: string;
  action: string;
  target: string;
  summary: string;
  detail: string | null;
}

declare module '../db/rows' {
  interface QueryRows {
    'audit/record': NoRows;
    'audit/page': { event: StoredAuditEvent };
    'audit/actors': { id: string; name: string };
    'audit/sign-in-failures': { email: string | null; ip: string | null; status: number | null; at: number };
    'audit/spend': {
      actorId: string | null;
      actorName: string | null;
      batches: number;
      promptTokens: number;
      completionTokens: number;
      totalTokens: number;
    };
  }
}
