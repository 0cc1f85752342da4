import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { codebasesForExplore } from '@/lib/codebase/explore';

export const dynamic = 'force-dynamic';

/** GET /api/codebases — every stored codebase (name@version) with its counts. */
export const GET = handle('viewer', async () => NextResponse.json({ codebases: await codebasesForExplore() }));
