import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { elementDetails } from '@/lib/graph/explore';
import { detailsQuerySchema } from '@/lib/schemas/explore';

export const dynamic = 'force-dynamic';

/** GET /api/elements/details?id=Type:key — counts, top neighbours per type with P1, documents. */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json(await elementDetails(parseSearch(detailsQuerySchema, request.url))),
);
