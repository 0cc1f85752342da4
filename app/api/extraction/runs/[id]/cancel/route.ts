import { NextResponse } from 'next/server';
import { actorOf, handle } from '@/lib/api/respond';
import { cancelIngestAs } from '@/lib/audit/ingest';
import { NotFoundError } from '@/lib/domain/errors';

export const dynamic = 'force-dynamic';

/**
 * POST /api/extraction/runs/:id/cancel — asks the run to stop taking documents, on whichever instance works on it;
 * finished ones stay cached and ingested.
 */
export const POST = handle('admin', async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const run = await cancelIngestAs(actorOf(request), id);
  if (!run) throw new NotFoundError(`No extraction run ${JSON.stringify(id)}`);
  return NextResponse.json(run);
});
