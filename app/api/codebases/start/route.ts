import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { codeStartNodes } from '@/lib/codebase/explore';
import { codeStartQuerySchema } from '@/lib/schemas/codebase-explore';

export const dynamic = 'force-dynamic';

/** GET /api/codebases/start?codebase=name@version&limit=12 — the codebase's most connected classes. */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json({ nodes: await codeStartNodes(parseSearch(codeStartQuerySchema, request.url)) }),
);
