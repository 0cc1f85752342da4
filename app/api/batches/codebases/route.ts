import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { launchableCodebases } from '@/lib/synthesis/codebase-batches';

export const dynamic = 'force-dynamic';

/** GET /api/batches/codebases — the stored codebases a codebase batch can be launched on (issue 16). */
export const GET = handle('viewer', async () => NextResponse.json({ codebases: await launchableCodebases() }));
