import { NextResponse } from 'next/server';
import { z } from 'zod';
import { actorOf, handle, parseBody, parseSearch } from '@/lib/api/respond';
import { deletePresetAs, savePresetAs } from '@/lib/audit/presets';
import { presetSchema } from '@/lib/schemas/batch';
import { listPresets } from '@/lib/synthesis/presets';

export const dynamic = 'force-dynamic';

/** Built-in and saved Sampler presets (shared with `npm run synthesize -- --preset`). */
export const GET = handle('viewer', async () => NextResponse.json(await listPresets()));

export const PUT = handle('admin', async (request: Request) => {
  const { name, query } = await parseBody(presetSchema, request);
  return NextResponse.json(await savePresetAs(actorOf(request), name, query));
});

export const DELETE = handle('admin', async (request: Request) => {
  const { name } = parseSearch(z.object({ name: presetSchema.shape.name }), request.url);
  await deletePresetAs(actorOf(request), name);
  return new NextResponse(null, { status: 204 });
});
