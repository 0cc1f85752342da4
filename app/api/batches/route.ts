import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { launchBatchAs, launchCase2CodeBatchAs, launchCodebaseBatchAs } from '@/lib/audit/batches';
import { batchRequestSchema, case2codeBatchRequestSchema, codebaseBatchRequestSchema } from '@/lib/schemas/batch';
import { listBatches } from '@/lib/synthesis/store';

export const dynamic = 'force-dynamic';

/** The newest batches with live counters, and the runners heard from recently. */
export const GET = handle('viewer', async () => NextResponse.json(await listBatches()));

/** Launches a batch as the signed-in user: stored as queued; a runner claims its items. */
export const POST = handle('admin', async (request: Request) => {
  const actor = actorOf(request);
  // A Case2Code or codebase batch says so ({"kind": "case2code" | "codebase"}); anything else is a scenario batch.
  const kind = (
    (await request
      .clone()
      .json()
      .catch(() => null)) as { kind?: unknown } | null
  )?.kind;
  const batch =
    kind === 'case2code'
      ? await launchCase2CodeBatchAs(actor, await parseBody(case2codeBatchRequestSchema, request))
      : kind === 'codebase'
        ? await launchCodebaseBatchAs(actor, await parseBody(codebaseBatchRequestSchema, request))
        : await launchBatchAs(actor, await parseBody(batchRequestSchema, request));
  return NextResponse.json(batch, { status: 201 });
});
