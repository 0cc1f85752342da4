import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { actorOf, handle, parseSearch } from '@/lib/api/respond';
import { startIngestAs } from '@/lib/audit/ingest';
import { extractionBlocker, listExtractionRuns } from '@/lib/extraction/runs';
import { MAX_UPLOAD_BYTES, startRunQuerySchema } from '@/lib/schemas/extraction';

export const dynamic = 'force-dynamic';

/** GET /api/extraction/runs — recent runs, and why extraction cannot start (null when it can). */
export const GET = handle('viewer', async () =>
  NextResponse.json({ runs: await listExtractionRuns(), blocker: await extractionBlocker() }),
);

/** POST /api/extraction/runs?name=&jaccard= with a documents.jsonl body — starts a run as the signed-in user. */
export const POST = handle('admin', async (request: Request) => {
  const query = parseSearch(startRunQuerySchema, request.url);
  const text = await request.text();
  if (text.trim() === '')
    throw new ZodError([{ code: 'custom', path: ['body'], message: 'the uploaded file is empty', input: undefined }]);
  if (Buffer.byteLength(text) > MAX_UPLOAD_BYTES) {
    throw new ZodError([
      {
        code: 'custom',
        path: ['body'],
        message: `the upload exceeds ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; use npm run extract for large files`,
        input: undefined,
      },
    ]);
  }
  const blocker = await extractionBlocker();
  if (blocker) return NextResponse.json({ error: blocker }, { status: 409 });
  return NextResponse.json(await startIngestAs(actorOf(request), query.name, text, query.jaccard), { status: 202 });
});
