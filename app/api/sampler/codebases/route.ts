import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { listCodebases } from '@/lib/codebase';

export const dynamic = 'force-dynamic';

/** The stored codebases the Sampler's codebase mode can sample from: key, name, version and counts. */
export const GET = handle('viewer', async () =>
  NextResponse.json(
    (await listCodebases()).map(({ key, name, version, classes, functions, methods }) => ({
      key,
      name,
      version,
      classes,
      functions,
      methods,
    })),
  ),
);
