import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { scanFunctions } from '@/lib/functions';

export const dynamic = 'force-dynamic';

/** POST /api/functions/scan — scans every document for functions and answers the summary (409 without a sandbox). */
export const POST = handle('admin', async (request: Request) =>
  NextResponse.json(await scanFunctions({ signal: request.signal })),
);
