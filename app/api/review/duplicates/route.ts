import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { recomputeDuplicatesAs } from '@/lib/audit/review';
import { duplicatesRequestSchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/** POST /api/review/duplicates {batch?} — recomputes near-duplicate links and flags. */
export const POST = handle('reviewer', async (request: Request) => {
  const { batch } = await parseBody(duplicatesRequestSchema, request);
  return NextResponse.json(await recomputeDuplicatesAs(actorOf(request), batch));
});
