import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { auditOverview } from '@/lib/audit/queries';

export const dynamic = 'force-dynamic';

/** GET /api/audit/overview — everyone in the audit log, and the LLM tokens of the batches each launched. Admins only. */
export const GET = handle('admin', async () => NextResponse.json(await auditOverview()));
