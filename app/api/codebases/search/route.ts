import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { searchCode } from '@/lib/codebase/explore';
import { codeSearchQuerySchema } from '@/lib/schemas/codebase-explore';

export const dynamic = 'force-dynamic';

/** GET /api/codebases/search?codebase=name@version&q=…&type=CodeClass&limit=… — type-ahead over code nodes. */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json({ hits: await searchCode(parseSearch(codeSearchQuerySchema, request.url)) }),
);
