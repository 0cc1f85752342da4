import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { sampleCodeChain } from '@/lib/codebase/sampling';
import { getDriver } from '@/lib/db/driver';
import { codeChainQuerySchema } from '@/lib/schemas/code-sampling';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ key: string }> };

/** ?start=&length=&temperature=&seed=: one RETURNS → ACCEPTS chain; `chain: null` when none has that length. */
export const GET = handle('viewer', async (request: Request, { params }: Context) => {
  const codebase = decodeURIComponent((await params).key);
  const query = parseSearch(codeChainQuerySchema, request.url);
  return NextResponse.json({ chain: await sampleCodeChain(getDriver(), { codebase, ...query }) });
});
