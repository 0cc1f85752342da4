import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { revokeToken } from '@/lib/auth/tokens';
import { idParamSchema } from '@/lib/schemas/users';

export const dynamic = 'force-dynamic';

/** Revokes a live token: it fails on its very next request. */
export const DELETE = handle('admin', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await revokeToken(idParamSchema.parse((await params).id));
  return new NextResponse(null, { status: 204 });
});
