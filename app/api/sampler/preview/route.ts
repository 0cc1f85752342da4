import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { previewCombinations } from '@/lib/sampler/sampler';
import { previewRequestSchema } from '@/lib/schemas/sampling';

export const dynamic = 'force-dynamic';

/** Samples `count` combinations (item i from (seed, i)) with coherence, summary metrics and notices. */
export const POST = handle('viewer', async (request: Request) =>
  NextResponse.json(await previewCombinations(await parseBody(previewRequestSchema, request))),
);
