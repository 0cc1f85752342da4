import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { reviewProblem } from '@/lib/review/actions';
import { actionSchema, problemKeySchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/** POST /api/problems/:key/review {action: approve|reject|reopen|edit, version, reviewer, …} — 409 with the other change if stale. */
export const POST = handle('reviewer', async (request: Request, context: { params: Promise<{ key: string }> }) => {
  const { key } = await context.params;
  const parsedKey = problemKeySchema.parse(key);
  return NextResponse.json(await reviewProblem(parsedKey, await parseBody(actionSchema, request)));
});
