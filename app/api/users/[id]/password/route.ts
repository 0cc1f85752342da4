import { NextResponse } from 'next/server';
import { handle } from '@/lib/api/respond';
import { resetPasswordById } from '@/lib/auth/users';
import { idParamSchema } from '@/lib/schemas/users';

export const dynamic = 'force-dynamic';

/** A generated password, answered once ({user, password}); the user is signed out everywhere. */
export const POST = handle('admin', async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  NextResponse.json(await resetPasswordById(idParamSchema.parse((await params).id))),
);
