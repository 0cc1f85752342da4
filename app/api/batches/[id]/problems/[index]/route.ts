import { NextResponse } from 'next/server';
import { z } from 'zod';
import { handle } from '@/lib/api/respond';
import { batchIdSchema } from '@/lib/schemas/batch';
import { problemView } from '@/lib/synthesis/store';

export const dynamic = 'force-dynamic';

const indexSchema = z.coerce
  .number({ error: 'must be a number' })
  .int('must be an integer')
  .min(0, 'must be at least 0');

/** The problem of one item: statement, answer, combination, metrics and provenance. */
export const GET = handle(
  'viewer',
  async (_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) => {
    const raw = await params;
    const id = batchIdSchema.parse(raw.id);
    const index = z.object({ index: indexSchema }).parse({ index: raw.index }).index;
    return NextResponse.json(await problemView(id, index));
  },
);
