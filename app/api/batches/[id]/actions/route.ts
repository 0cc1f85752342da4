import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { batchActionSchema, batchIdSchema } from '@/lib/schemas/batch';
import { applyBatchAction } from '@/lib/synthesis/store';

export const dynamic = 'force-dynamic';

/** pause, resume (optionally with a new maxTokens), cancel, retry-failed (optionally one class). */
export const POST = handle('admin', async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = batchIdSchema.parse((await params).id);
  return NextResponse.json(await applyBatchAction(id, await parseBody(batchActionSchema, request)));
});
