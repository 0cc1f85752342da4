import 'server-only';
import { readQuery, writeQuery } from '../db/driver';
import { AUTH_BASE_PATH, getAuth } from './server';
import './rows';

// The /api/auth endpoints, with a throttle of our own in front of sign-in. Better Auth's own rate limit keys
// on the client's IP address, which a client can forge through X-Forwarded-For when nothing in front of the
// app rewrites it; this one keys on the account and on the whole app, counted from failures kept in Neo4j,
// so it holds across app instances and restarts.

/** Failures per e-mail address, and for all addresses together, within the window. */
export const SIGN_IN_THROTTLE = { windowSeconds: 15 * 60, perEmail: 5, overall: 100 } as const;

const SIGN_IN_PATH = `${AUTH_BASE_PATH}/sign-in/email`;

function clientIp(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || null;
}

async function emailOf(request: Request): Promise<string> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === 'string' ? body.email.trim().toLowerCase().slice(0, 320) : '';
  } catch {
    return '';
  }
}

function tooMany(retryAfterSeconds: number, scope: string): Response {
  return Response.json(
    {
      error: `Too many failed sign-ins ${scope}; try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} min.`,
      code: 'SIGN_IN_THROTTLED',
    },
    { status: 429, headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) } },
  );
}

/** 429 while an address (or the whole app) has too many recent failures; null otherwise. */
export async function signInThrottle(email: string): Promise<Response | null> {
  const [row] = await readQuery('auth/sign-in-failures', { email, windowSeconds: SIGN_IN_THROTTLE.windowSeconds });
  if (!row) return null;
  if (row.forEmail >= SIGN_IN_THROTTLE.perEmail) {
    const last = row.lastAt ? Date.parse(row.lastAt) : Date.now();
    return tooMany((last + SIGN_IN_THROTTLE.windowSeconds * 1000 - Date.now()) / 1000, 'for this account');
  }
  if (row.overall >= SIGN_IN_THROTTLE.overall) return tooMany(60, 'on this app');
  return null;
}

export async function recordSignInFailure(email: string, ip: string | null, status: number): Promise<void> {
  await writeQuery('auth/sign-in-failure', { email, ip, status });
  // Logged for the operator; the password never is, and neither is the body.
  console.warn(`[auth] failed sign-in for ${JSON.stringify(email)} from ${ip ?? 'unknown address'} (HTTP ${status})`);
}

/** Every /api/auth request: Better Auth's handler, with the sign-in throttle and failure log around it. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const auth = await getAuth();
  if (request.method !== 'POST' || new URL(request.url).pathname !== SIGN_IN_PATH) return auth.handler(request);
  const email = await emailOf(request);
  const ip = clientIp(request.headers);
  const throttled = await signInThrottle(email);
  if (throttled) {
    await recordSignInFailure(email, ip, 429);
    return throttled;
  }
  const response = await auth.handler(request);
  if (response.status === 401 || response.status === 400 || response.status === 403)
    await recordSignInFailure(email, ip, response.status);
  return response;
}
