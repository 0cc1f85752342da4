import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { auditPage } from '@/lib/audit/queries';
import { auditQuerySchema } from '@/lib/audit/schemas';

export const dynamic = 'force-dynamic';

/**
 * GET /api/audit?actor=&action=&before=&limit= — the audit log, newest first: who launched, cancelled, reviewed,
 * exported or ingested what and when. Keyset-paged: `before` is the `next` cursor of the page before. Admins only.
 */
export const GET = handle('admin', async (request: Request) =>
  NextResponse.json(await auditPage(parseSearch(auditQuerySchema, request.url))),
);
