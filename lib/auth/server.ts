import 'server-only';
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { readQuery, writeQuery } from '../db/driver';
import { serverEnv, type ServerEnv } from '../env';
import { parseAllowedHosts } from '../domain/hosts';
import { neo4jAdapter } from './neo4j-adapter';
import './rows';

// Sign-in for team mode (issue 14), with Better Auth: users, accounts, sessions and its rate-limit counters
// live in Neo4j through our adapter (neo4j-adapter.ts). Sign-up is closed: admins add users (npm run users).

/** OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane), which is also @node-rs/argon2's default. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const SESSION_DAYS = 7;
export const AUTH_BASE_PATH = '/api/auth';

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

async function cookieSecret(env: ServerEnv): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const [row] = await writeQuery('auth/secret', { name: 'cookie', candidate: randomBytes(32).toString('base64url') });
  return row!.value;
}

function buildAuth(secret: string, env: ServerEnv) {
  const hosts = parseAllowedHosts(env.ALLOWED_HOSTS);
  return betterAuth({
    appName: 'SCoGen Studio',
    secret,
    basePath: AUTH_BASE_PATH,
    // A fixed public URL when one is configured; otherwise the request's own host, if it is an allowed one.
    baseURL: env.AUTH_URL ?? { allowedHosts: hosts.flatMap((host) => [host, `${host}:*`]), protocol: 'auto' },
    trustedOrigins: (request) => {
      const host = request?.headers.get('host');
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    database: neo4jAdapter(),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      password: {
        hash: hashPassword,
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
    },
    user: {
      additionalFields: {
        // Never settable through the API (input: false): only admins change roles, through lib/auth/users.ts.
        role: { type: 'string', required: false, defaultValue: 'viewer', input: false },
      },
    },
    session: {
      expiresIn: SESSION_DAYS * 24 * 3600,
      updateAge: 24 * 3600,
      // Off: a revoked session or a changed role must count on the very next request.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 300,
      // Per client address; the per-account throttle in sign-in.ts is the one a forged address cannot dodge.
      customRules: { '/sign-in/email': { window: 60, max: 30 } },
    },
    advanced: {
      cookiePrefix: 'scogen',
      useSecureCookies: env.AUTH_URL?.startsWith('https://') ?? false,
    },
  });
}

export type Auth = ReturnType<typeof buildAuth>;

const globalForAuth = globalThis as unknown as { scogenAuth?: Promise<Auth> };

/** The process-wide Better Auth instance (built on first use: the secret may come from Neo4j). */
export function getAuth(): Promise<Auth> {
  globalForAuth.scogenAuth ??= (async () => {
    const env = serverEnv();
    return buildAuth(await cookieSecret(env), env);
  })().catch((error: unknown) => {
    globalForAuth.scogenAuth = undefined;
    throw error;
  });
  return globalForAuth.scogenAuth;
}

/** Forgets the instance (a CLI that switches databases, tests). */
export function forgetAuth(): void {
  globalForAuth.scogenAuth = undefined;
}

/**
 * Whether team mode is on: any user exists. Asked afresh each time (a count-store lookup, well under a
 * millisecond), so every app instance switches as soon as the first user is added or the last removed.
 */
export async function teamMode(): Promise<boolean> {
  const [row] = await readQuery('auth/team-mode');
  return (row?.users ?? 0) > 0;
}
