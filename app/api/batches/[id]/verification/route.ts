import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { batchIdSchema } from '@/lib/schemas/batch';
import { batchVerification } from '@/lib/verification/summary';

export const dynamic = 'force-dynamic';

/** GET /api/batches/:id/verification — progress, counts by status and difficulty, passing attempts, coverage bins. */
export const GET = handle('viewer', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = batchIdSchema.parse((await params).id);
  return NextResponse.json(await batchVerification(id));
});
