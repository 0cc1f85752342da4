import { NextResponse } from 'next/server';
import { handle, parseSearch } from '@/lib/api/respond';
import { functionCounts, listFunctions } from '@/lib/functions';
import { functionsQuerySchema } from '@/lib/functions/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/functions?doc=ID&eligible=1 — stored functions (one document's, or all) and the corpus counts. */
export const GET = handle('viewer', async (request: Request) => {
  const query = parseSearch(functionsQuerySchema, request.url);
  const [functions, counts] = await Promise.all([
    listFunctions({ eligibleOnly: query.eligible === '1', ...(query.doc ? { docId: query.doc } : {}) }),
    functionCounts(),
  ]);
  return NextResponse.json({ functions, counts });
});
