import { NextResponse } from 'next/server';
import { graphStats } from '@/lib/graph/stats';

export const dynamic = 'force-dynamic';

/** Live graph statistics: counts per type, edges, documents and the top scenarios by degree. */
export async function GET() {
  return NextResponse.json(await graphStats(10));
}
