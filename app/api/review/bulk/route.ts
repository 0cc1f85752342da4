import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { bulkReview } from '@/lib/review/actions';
import { bulkSchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/** POST /api/review/bulk {filter, action, reviewer, expected, reasons?, note?} — 409 when the match is no longer `expected`. */
export const POST = handle('reviewer', async (request: Request) =>
  NextResponse.json(await bulkReview(await parseBody(bulkSchema, request))),
);
