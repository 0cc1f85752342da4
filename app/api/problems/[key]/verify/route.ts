import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { problemKeySchema, verifyAgainSchema } from '@/lib/review/schemas';
import { requestVerification } from '@/lib/verification/requests';

export const dynamic = 'force-dynamic';

/** POST /api/problems/:key/verify {by} — "verify again": queues the problem for a verifier; 404 for an unknown key. */
export const POST = handle('reviewer', async (request: Request, context: { params: Promise<{ key: string }> }) => {
  const key = problemKeySchema.parse((await context.params).key);
  const { by } = await parseBody(verifyAgainSchema, request);
  const { problems } = await requestVerification({ keys: [key], by });
  return NextResponse.json(problems[0]);
});
