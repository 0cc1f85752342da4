import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { codeNodeDetails } from '@/lib/codebase/explore';
import { codeDetailsQuerySchema } from '@/lib/schemas/codebase-explore';

export const dynamic = 'force-dynamic';

/** GET /api/codebases/details?id=CodeFunction:key — signature, docstring, source span, neighbours by relationship. */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json(await codeNodeDetails(parseSearch(codeDetailsQuerySchema, request.url))),
);
