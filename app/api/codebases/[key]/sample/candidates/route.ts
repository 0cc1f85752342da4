import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { codeCandidateChart } from '@/lib/codebase/sampling';
import { getDriver } from '@/lib/db/driver';
import { codeCandidatesQuerySchema } from '@/lib/schemas/code-sampling';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ key: string }> };

/** ?start=&temperature=: every candidate API of the start with its weight, P (T = 1) and P_T. */
export const GET = handle('viewer', async (request: Request, { params }: Context) => {
  const codebase = decodeURIComponent((await params).key);
  const query = parseSearch(codeCandidatesQuerySchema, request.url);
  return NextResponse.json(await codeCandidateChart(getDriver(), { codebase, ...query }));
});
