import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { batchActionAs } from '@/lib/audit/batches';
import { batchActionSchema, batchIdSchema } from '@/lib/schemas/batch';

export const dynamic = 'force-dynamic';

/** pause, resume (optionally with a new maxTokens), cancel, retry-failed (optionally one class), as the signed-in user. */
export const POST = handle('admin', async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = batchIdSchema.parse((await params).id);
  return NextResponse.json(await batchActionAs(actorOf(request), id, await parseBody(batchActionSchema, request)));
});
