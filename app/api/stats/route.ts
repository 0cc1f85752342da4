import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { graphStats } from '@/lib/graph/stats';

export const dynamic = 'force-dynamic';

/** Live graph statistics: counts per type, edges, documents and the top scenarios by degree. */
export const GET = handle('viewer', async () => NextResponse.json(await graphStats(10)));
