import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { listScenarios } from '@/lib/sampler/sampler';

export const dynamic = 'force-dynamic';

/** Every scenario with its document count, most documents first. */
export const GET = handle('viewer', async () => NextResponse.json(await listScenarios()));
