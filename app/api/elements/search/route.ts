import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { searchElements } from '@/lib/graph/explore';
import { searchQuerySchema } from '@/lib/schemas/explore';

export const dynamic = 'force-dynamic';

/** GET /api/elements/search?q=…&type=…&limit=… — type-ahead over element names. */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json({ hits: await searchElements(parseSearch(searchQuerySchema, request.url)) }),
);
