import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { promptPreviewRequestSchema } from '@/lib/schemas/batch';
import { previewPrompts } from '@/lib/synthesis/batches';

export const dynamic = 'force-dynamic';

/** The dry run: the exact prompts of the first items, without calling any model. */
export const POST = handle('viewer', async (request: Request) =>
  NextResponse.json(await previewPrompts(await parseBody(promptPreviewRequestSchema, request))),
);
