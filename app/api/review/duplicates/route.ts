import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { flagNearDuplicates } from '@/lib/duplicates/duplicates';
import { duplicatesRequestSchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/** POST /api/review/duplicates {batch?} — recomputes near-duplicate links and flags. */
export const POST = handle('reviewer', async (request: Request) => {
  const { batch } = await parseBody(duplicatesRequestSchema, request);
  return NextResponse.json(await flagNearDuplicates(batch ? { batchId: batch } : {}));
});
