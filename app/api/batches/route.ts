import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { batchRequestSchema } from '@/lib/schemas/batch';
import { launchBatch } from '@/lib/synthesis/batches';
import { listBatches } from '@/lib/synthesis/store';

export const dynamic = 'force-dynamic';

/** The newest batches with live counters, and the runners heard from recently. */
export const GET = handle('viewer', async () => NextResponse.json(await listBatches()));

/** Launches a batch: stored as queued; a runner claims its items. */
export const POST = handle('admin', async (request: Request) =>
  NextResponse.json(await launchBatch(await parseBody(batchRequestSchema, request)), { status: 201 }),
);
