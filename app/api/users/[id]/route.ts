import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { removeUserById, setRoleById } from '@/lib/auth/users';
import { roleChangeSchema, idParamSchema } from '@/lib/schemas/users';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** Changes the role ({role}); the last admin cannot be demoted (409). */
export const PATCH = handle('admin', async (request: Request, { params }: Context) => {
  const id = idParamSchema.parse((await params).id);
  const { role } = await parseBody(roleChangeSchema, request);
  return NextResponse.json(await setRoleById(id, role));
});

/** Removes the user with their sessions and accounts; the last admin cannot be removed (409). */
export const DELETE = handle('admin', async (_request: Request, { params }: Context) => {
  await removeUserById(idParamSchema.parse((await params).id));
  return new NextResponse(null, { status: 204 });
});
