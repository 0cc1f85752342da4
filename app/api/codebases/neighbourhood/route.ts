import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { codeNeighbourhoodOf } from '@/lib/codebase/explore';
import { codeNeighbourhoodQuerySchema } from '@/lib/schemas/codebase-explore';

export const dynamic = 'force-dynamic';

/** GET /api/codebases/neighbourhood?id=CodeClass:key&limit=50&hops=1|2&perNode=5 — along the code edges. */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json(await codeNeighbourhoodOf(parseSearch(codeNeighbourhoodQuerySchema, request.url))),
);
