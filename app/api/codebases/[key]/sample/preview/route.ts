import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { previewCodeSamples } from '@/lib/codebase/sampling';
import { getDriver } from '@/lib/db/driver';
import { codePreviewQuerySchema } from '@/lib/schemas/code-sampling';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ key: string }> };

/** ?start=&temperature=&complexity=&seed=&count=: `count` samples (item i from (seed, i)) with diversity metrics. */
export const GET = handle('viewer', async (request: Request, { params }: Context) => {
  const codebase = decodeURIComponent((await params).key);
  const query = parseSearch(codePreviewQuerySchema, request.url);
  return NextResponse.json(await previewCodeSamples(getDriver(), { codebase, ...query }));
});
