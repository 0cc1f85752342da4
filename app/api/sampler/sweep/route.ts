import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { sweepTemperature } from '@/lib/sampler/sampler';
import { sweepRequestSchema } from '@/lib/schemas/sampling';

export const dynamic = 'force-dynamic';

/** Coherence and diversity against T (log grid 0.1–10) at the chosen complexity. */
export const POST = handle('viewer', async (request: Request) =>
  NextResponse.json(await sweepTemperature(await parseBody(sweepRequestSchema, request))),
);
