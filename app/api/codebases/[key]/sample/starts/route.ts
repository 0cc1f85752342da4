import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { codeStarts } from '@/lib/codebase/sampling';
import { getDriver } from '@/lib/db/driver';
import { codeStartsQuerySchema } from '@/lib/schemas/code-sampling';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ key: string }> };

/** ?q=&limit=: the codebase's classes and functions whose qualname contains q (any case), for the type-ahead. */
export const GET = handle('viewer', async (request: Request, { params }: Context) => {
  const { key } = await params;
  const { q, limit } = parseSearch(codeStartsQuerySchema, request.url);
  const needle = q.trim().toLowerCase();
  const all = await codeStarts(getDriver(), decodeURIComponent(key));
  // Names that start with the text first, then qualnames that contain it.
  const matches = all.filter((api) => api.qualname.toLowerCase().includes(needle));
  const rank = (name: string) => (name.toLowerCase().startsWith(needle) ? 0 : 1);
  matches.sort((a, b) => rank(a.name) - rank(b.name));
  return NextResponse.json({ total: matches.length, starts: matches.slice(0, limit) });
});
