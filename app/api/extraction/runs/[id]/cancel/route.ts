import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { NotFoundError } from '@/lib/domain/errors';
import { cancelExtractionRun } from '@/lib/extraction/runs';

export const dynamic = 'force-dynamic';

/** POST /api/extraction/runs/:id/cancel — stops taking documents; finished ones stay cached and ingested. */
export const POST = handle('admin', async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const run = cancelExtractionRun(id);
  if (!run) throw new NotFoundError(`No extraction run ${JSON.stringify(id)} in this server process`);
  return NextResponse.json(run);
});
