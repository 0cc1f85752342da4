import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { listProblems } from '@/lib/review/queries';
import { listQuerySchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/review/problems?batch=&status=&scenario=&element=&coherenceMin=&coherenceMax=&duplicate=&sort=&offset=&limit= */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json(await listProblems(parseSearch(listQuerySchema, request.url))),
);
