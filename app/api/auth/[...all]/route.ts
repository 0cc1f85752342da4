import { handleAuthRequest } from '@/lib/auth/sign-in';

export const dynamic = 'force-dynamic';

/** Better Auth's endpoints (sign-in, sign-out, session), with our sign-in throttle in front. */
export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
