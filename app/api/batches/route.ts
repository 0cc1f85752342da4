import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { launchBatchAs } from '@/lib/audit/batches';
import { batchRequestSchema } from '@/lib/schemas/batch';
import { listBatches } from '@/lib/synthesis/store';

export const dynamic = 'force-dynamic';

/** The newest batches with live counters, and the runners heard from recently. */
export const GET = handle('viewer', async () => NextResponse.json(await listBatches()));

/** Launches a batch as the signed-in user: stored as queued; a runner claims its items. */
export const POST = handle('admin', async (request: Request) =>
  NextResponse.json(await launchBatchAs(actorOf(request), await parseBody(batchRequestSchema, request)), {
    status: 201,
  }),
);
