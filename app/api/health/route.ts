import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { getDriver } from '@/lib/db/driver';

export const dynamic = 'force-dynamic';

/** Liveness plus database reachability; 503 when Neo4j does not answer. */
export const GET = handle('public', async () => {
  try {
    await getDriver().verifyConnectivity();
    return NextResponse.json({ ok: true, database: 'reachable' });
  } catch (error) {
    return NextResponse.json({ ok: false, database: 'unreachable', error: (error as Error).message }, { status: 503 });
  }
});
