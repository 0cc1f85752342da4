import { handle, parseSearch } from '@/lib/api/respond';
import { exportStream } from '@/lib/review/export-stream';
import { exportFileName } from '@/lib/review/export-format';
import { exportQuerySchema } from '@/lib/review/schemas';

export const dynamic = 'force-dynamic';

/** GET /api/export?status=approved&format=sft|full&batch= — streamed JSONL download. */
export const GET = handle(async (request: Request) => {
  const query = parseSearch(exportQuerySchema, request.url);
  return new Response(exportStream(query), {
    headers: {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(query.format, query.status, query.batch)}"`,
      'cache-control': 'no-store',
    },
  });
});
