import { NextResponse } from 'next/server';
import { z } from 'zod';
import { handle, parseBody, parseSearch } from '@/lib/api/respond';
import { presetSchema } from '@/lib/schemas/batch';
import { deletePreset, listPresets, savePreset } from '@/lib/synthesis/presets';

export const dynamic = 'force-dynamic';

/** Built-in and saved Sampler presets (shared with `npm run synthesize -- --preset`). */
export const GET = handle('viewer', async () => NextResponse.json(await listPresets()));

export const PUT = handle('admin', async (request: Request) => {
  const { name, query } = await parseBody(presetSchema, request);
  return NextResponse.json(await savePreset(name, query));
});

export const DELETE = handle('admin', async (request: Request) => {
  const { name } = parseSearch(z.object({ name: presetSchema.shape.name }), request.url);
  await deletePreset(name);
  return new NextResponse(null, { status: 204 });
});
