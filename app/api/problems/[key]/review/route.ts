import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { reviewAs } from '@/lib/audit/review';
import { typedNameIgnored } from '@/lib/audit/reviewer';
import { actionSchema, problemKeySchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/**
 * POST /api/problems/:key/review {action: approve|reject|reopen|edit, version, reviewer, …} — 409 with the other
 * change if stale. The reviewer is the signed-in user; only in local mode is the typed `reviewer` used.
 */
export const POST = handle('reviewer', async (request: Request, context: { params: Promise<{ key: string }> }) => {
  const { key } = await context.params;
  const parsedKey = problemKeySchema.parse(key);
  const actor = actorOf(request);
  return NextResponse.json(
    await reviewAs(actor, parsedKey, await parseBody(typedNameIgnored(actor, actionSchema), request)),
  );
});
