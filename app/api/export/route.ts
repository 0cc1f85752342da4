import { actorOf, handle, parseSearch } from '@/lib/api/respond';
import { recordExport } from '@/lib/audit/exports';
import { untestedCount } from '@/lib/review/export';
import { exportStream } from '@/lib/review/export-stream';
import { exportFileName } from '@/lib/review/export-format';
import { exportQuerySchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/**
 * GET /api/export?status=approved&format=sft|full|triplet&batch=&verified=1 — streamed JSONL download, batch by batch
 * in numeric index order; the review filter's parameters (scenario, element, coherenceMin/Max, duplicate, verify,
 * difficulty, coverageMin) narrow it further.
 */
export const GET = handle('reviewer', async (request: Request) => {
  const query = parseSearch(exportQuerySchema, request.url);
  const status = query.verified ? `${query.status}-verified` : query.status;
  // A triplet needs tests: the header says how many problems the export leaves out for having none.
  const untested = query.format === 'triplet' ? await untestedCount(query) : 0;
  const skipped: Record<string, string> =
    query.format === 'triplet' ? { 'x-skipped-without-tests': String(untested) } : {};
  await recordExport(actorOf(request), query, untested);
  return new Response(exportStream(query), {
    headers: {
      ...skipped,
      'content-type': 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(query.format, status, query.batch)}"`,
      'cache-control': 'no-store',
    },
  });
});
