import { NextResponse } from 'next/server';
import { actorOf, handle, parseBody } from '@/lib/api/respond';
import { addUserAs } from '@/lib/auth/user-admin';
import { listUsers } from '@/lib/auth/users';
import { newUserSchema } from '@/lib/schemas/users';

export const dynamic = 'force-dynamic';

/** Every user with role and creation time; never a password or hash. */
export const GET = handle('admin', async () => NextResponse.json(await listUsers()));

/** Adds a user; without a password one is generated and answered once (201 {user, password?}). */
export const POST = handle('admin', async (request: Request) => {
  const input = await parseBody(newUserSchema, request);
  return NextResponse.json(await addUserAs(actorOf(request), input), { status: 201 });
});
