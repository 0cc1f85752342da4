import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { documentFunctions } from '@/lib/functions';
import { documentById } from '@/lib/graph/explore';
import { documentIdSchema } from '@/lib/schemas/explore';

export const dynamic = 'force-dynamic';

/** GET /api/documents/:id — a source document's text, the elements it mentions and the functions found in it. */
export const GET = handle('viewer', async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const id = documentIdSchema.parse((await context.params).id);
  const [document, functions] = await Promise.all([documentById(id), documentFunctions(id)]);
  return NextResponse.json({ ...document, functions });
});
