import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { problemByKey } from '@/lib/review/queries';
import { problemKeySchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/problems/:key — one problem with its combination, batch, revisions, review events and near duplicates. */
export const GET = handle('viewer', async (_request: Request, context: { params: Promise<{ key: string }> }) => {
  const { key } = await context.params;
  return NextResponse.json(await problemByKey(problemKeySchema.parse(key)));
});
