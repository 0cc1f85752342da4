import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { NotFoundError } from '@/lib/domain/errors';
import { extractionRun } from '@/lib/extraction/runs';

export const dynamic = 'force-dynamic';

/** GET /api/extraction/runs/:id — live state, curation summary, progress and final summary. */
export const GET = handle('viewer', async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const run = await extractionRun(id);
  if (!run) throw new NotFoundError(`No extraction run ${JSON.stringify(id)}`);
  return NextResponse.json(run);
});
