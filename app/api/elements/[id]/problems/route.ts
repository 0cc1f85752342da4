import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { elementRefSchema } from '@/lib/domain/element-ref';
import { problemsOfElement } from '@/lib/review/queries';

export const dynamic = 'force-dynamic';

/** GET /api/elements/:id/problems (id = "Type:key", URL-encoded) — problems that used the element, with their status. */
export const GET = handle('viewer', async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  return NextResponse.json(await problemsOfElement(elementRefSchema.parse(id)));
});
