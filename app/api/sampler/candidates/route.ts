import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { candidateChart } from '@/lib/sampler/sampler';
import { candidatesQuerySchema } from '@/lib/schemas/sampling';

export const dynamic = 'force-dynamic';

/** ?scenario=Scenario:key&lambda=&temperature=&top=: each type's top candidates at T and at T = 1. */
export const GET = handle('viewer', async (request: Request) =>
  NextResponse.json(await candidateChart(parseSearch(candidatesQuerySchema, request.url))),
);
