import { NextResponse } from 'next/server';
import { handle, parseBody } from '@/lib/api/respond';
import { listTokens } from '@/lib/auth/tokens';
import { issueTokenFor } from '@/lib/auth/user-admin';
import { newTokenSchema } from '@/lib/schemas/users';

export const dynamic = 'force-dynamic';

/** Every API token, live and revoked, with its owner; never the token or its hash. */
export const GET = handle('admin', async () => NextResponse.json(await listTokens()));

/** Issues a token ({email or userId, name, role}): 201 {id, token}, the token shown this once. */
export const POST = handle('admin', async (request: Request) =>
  NextResponse.json(await issueTokenFor(await parseBody(newTokenSchema, request)), { status: 201 }),
);
