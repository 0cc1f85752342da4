import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { bulkReviewAs } from '@/lib/audit/review';
import { typedNameIgnored } from '@/lib/audit/reviewer';
import { bulkSchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/**
 * POST /api/review/bulk {filter, action, reviewer, expected, reasons?, note?} — 409 when the match is no longer
 * `expected`. The reviewer is the signed-in user; only in local mode is the typed `reviewer` used.
 */
export const POST = handle('reviewer', async (request: Request) => {
  const actor = actorOf(request);
  return NextResponse.json(await bulkReviewAs(actor, await parseBody(typedNameIgnored(actor, bulkSchema), request)));
});
