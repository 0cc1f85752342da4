import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { verifyAgainAs } from '@/lib/audit/review';
import { typedNameIgnored } from '@/lib/audit/reviewer';
import { problemKeySchema, verifyAgainSchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/**
 * POST /api/problems/:key/verify {by} — "verify again": queues the problem for a verifier; 404 for an unknown key.
 * `by` is the signed-in user; only in local mode is the typed name used.
 */
export const POST = handle('reviewer', async (request: Request, context: { params: Promise<{ key: string }> }) => {
  const key = problemKeySchema.parse((await context.params).key);
  const actor = actorOf(request);
  const { by } = await parseBody(typedNameIgnored(actor, verifyAgainSchema, 'by'), request);
  return NextResponse.json(await verifyAgainAs(actor, key, by));
});
