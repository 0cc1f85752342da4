import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { reviewProgress } from '@/lib/review/queries';

export const dynamic = 'force-dynamic';

/** GET /api/review/progress — approved, rejected, pending per batch and overall; the scenarios in use. */
export const GET = handle('viewer', async () => NextResponse.json(await reviewProgress()));
