import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { batchExamples } from '@/lib/examples/summary';
import { batchIdSchema } from '@/lib/schemas/batch';
import { batchSummary } from '@/lib/synthesis/store';

export const dynamic = 'force-dynamic';

/** GET /api/batches/:id/examples — problems with and without executed examples, and the inputs dropped, per reason. */
export const GET = handle('viewer', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = batchIdSchema.parse((await params).id);
  await batchSummary(id); // 404 for an unknown batch
  return NextResponse.json(await batchExamples(id));
});
