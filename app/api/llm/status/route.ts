import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { llmStatus } from '@/lib/llm/status';

export const dynamic = 'force-dynamic';

/** GET /api/llm/status — configured endpoint and models, reachability, and whether it is the stub. */
export const GET = handle('viewer', async () => NextResponse.json(await llmStatus()));
