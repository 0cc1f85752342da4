import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { documentById } from '@/lib/graph/explore';
import { documentIdSchema } from '@/lib/schemas/explore';

export const dynamic = 'force-dynamic';

/** GET /api/documents/:id — a source document's text and the elements it mentions. */
export const GET = handle('viewer', async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  return NextResponse.json(await documentById(documentIdSchema.parse(id)));
});
