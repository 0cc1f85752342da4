import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { neighbourhoodOf } from '@/lib/graph/explore';
import { neighbourhoodQuerySchema } from '@/lib/schemas/explore';

export const dynamic = 'force-dynamic';

/** GET /api/elements/neighbourhood?id=Type:key&limit=50&hops=1|2&perNode=5 */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json(await neighbourhoodOf(parseSearch(neighbourhoodQuerySchema, request.url))),
);
