import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { sandboxStatus } from '@/lib/sandbox';

export const dynamic = 'force-dynamic';

/** GET /api/sandbox — whether answers can be verified here: {available, fingerprint, problem, fix}. */
export const GET = handle('viewer', async () => NextResponse.json(sandboxStatus()));
