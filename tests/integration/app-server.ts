// The real app for integration tests: a production build in its own directory, made with known secret values,
// and `next start` on it against the test database. The build is reused while no source file is newer.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { forgetServerEnv } from '@/lib/env';
import { buildIsStale, NEXT_BIN } from '@/lib/cli/next-build';

export const DIST_DIR = '.next-integration';

/**
 * Known values of every server secret in lib/env-schema.ts's SECRET_VARIABLES; the build and the server run
 * with them, and tests grep the bundles and the responses for them. The embedded test Neo4j has no
 * authentication, so the password is sent and ignored.
 */
export const KNOWN_SECRETS = {
  LLM_API_KEY: 'sk-scogen-known-llm-key-7d41c0e2b9',
  NEO4J_PASSWORD: 'scogen-known-neo4j-password-5a93f1',
  AUTH_SECRET: 'scogen-known-auth-secret-0c6f2e8a4b1d9e7f35a2',
} as const;

export interface AppServer {
  port: number;
  origin: string;
  /** What the server wrote to stderr so far (it is passed through to the test's stderr as well). */
  logs(): string;
  stop(): Promise<void>;
}

/** Builds into DIST_DIR with the known secrets, unless that build is newer than every source file. */
export function ensureSecretBuild(): void {
  if (!buildIsStale(DIST_DIR)) return;
  const build = spawnSync(NEXT_BIN, ['build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...KNOWN_SECRETS, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`next build failed (exit code ${build.status})`);
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One HTTP request with exactly the headers given (Host included, which fetch cannot set). */
export function request(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          host: `127.0.0.1:${port}`,
          ...headers,
          ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    if (body !== undefined) outgoing.write(body);
    outgoing.end();
  });
}

/**
 * `next start` on the DIST_DIR build, with the known secrets set; resolves once /api/health answers 200
 * (any status with `anyHealth`, for a server whose database is down on purpose).
 */
export async function startApp(port: number, env: Record<string, string> = {}, anyHealth = false): Promise<AppServer> {
  ensureSecretBuild();
  forgetServerEnv();
  const child: ChildProcess = spawn(NEXT_BIN, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    // An LLM endpoint nobody listens on (3169 is in this suite's range): with only a key set, the app would use OpenAI.
    env: {
      ...process.env,
      LLM_BASE_URL: 'http://127.0.0.1:3169/v1',
      LLM_MAX_RETRIES: '0',
      ...KNOWN_SECRETS,
      ...env,
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logged: Buffer[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    logged.push(chunk);
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const healthy = await request(port, 'GET', '/api/health').then(
      (r) => anyHealth || r.status === 200,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`next start on port ${port} did not become healthy within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    logs: () => Buffer.concat(logged).toString(),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
