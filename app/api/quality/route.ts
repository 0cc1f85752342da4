import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { verificationQuality } from '@/lib/verification/quality';

export const dynamic = 'force-dynamic';

/** GET /api/quality — pass rate of verified problems by coherence tenth and by complexity × temperature. */
export const GET = handle('viewer', async () => NextResponse.json(await verificationQuality()));
