import { z } from 'zod';
import { AUDIT_ACTIONS } from './types';

// The audit API's query (GET /api/audit), shared with the audit page's URL state.

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A keyset cursor: the time and id of the last event of the page before (`<at>_<id>`). */
const CURSOR = /^(\d{1,16})_([A-Za-z0-9-]{1,64})$/;

export function auditCursor(event: { at: number; id: string }): string {
  return `${event.at}_${event.id}`;
}

export const auditQuerySchema = z.object({
  actor: z.preprocess(blankToUndefined, z.string().max(200, 'must be at most 200 characters').optional()),
  action: z.preprocess(
    blankToUndefined,
    z.enum(AUDIT_ACTIONS, { error: `must be one of ${AUDIT_ACTIONS.join(', ')}` }).optional(),
  ),
  before: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(CURSOR, 'must be a cursor from the page before')
      .transform((cursor) => {
        const [, at, id] = CURSOR.exec(cursor)!;
        return { at: Number(at), id: id! };
      })
      .optional(),
  ),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(50),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;
