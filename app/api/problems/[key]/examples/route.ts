import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { regenerateExamplesAs } from '@/lib/audit/review';
import { typedNameIgnored } from '@/lib/audit/reviewer';
import { problemKeySchema, regenerateExamplesSchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/**
 * POST /api/problems/:key/examples {version} — regenerates the executed examples (the model writes new inputs,
 * the sandbox runs the verified answer) as a new revision; 409 if stale, unverified, or without a sandbox.
 */
export const POST = handle('reviewer', async (request: Request, context: { params: Promise<{ key: string }> }) => {
  const key = problemKeySchema.parse((await context.params).key);
  const actor = actorOf(request);
  const body = await parseBody(typedNameIgnored(actor, regenerateExamplesSchema), request);
  return NextResponse.json(await regenerateExamplesAs(actor, key, body));
});
