import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { batchIdSchema } from '@/lib/schemas/batch';
import { batchDetail } from '@/lib/synthesis/store';

export const dynamic = 'force-dynamic';

/** A batch: parameters, counters, failures by class, newest problems and the coherence histogram. */
export const GET = handle('viewer', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = batchIdSchema.parse((await params).id);
  return NextResponse.json(await batchDetail(id));
});
