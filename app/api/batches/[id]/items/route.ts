import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { batchIdSchema, batchItemsQuerySchema } from '@/lib/schemas/batch';
import { batchItems } from '@/lib/synthesis/batch-items';

export const dynamic = 'force-dynamic';

/** GET /api/batches/:id/items?from=0&size=50 — one page of the batch's items with their status. */
export const GET = handle('viewer', async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = batchIdSchema.parse((await params).id);
  const { from, size } = parseSearch(batchItemsQuerySchema, request.url);
  return NextResponse.json(await batchItems(id, from, size));
});
