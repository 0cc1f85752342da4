import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { codebaseOptions } from '@/lib/codebase/sampling';
import { getDriver } from '@/lib/db/driver';

export const dynamic = 'force-dynamic';

/** The stored codebases the Sampler's codebase mode can sample from. */
export const GET = handle('viewer', async () => NextResponse.json(await codebaseOptions(getDriver())));
