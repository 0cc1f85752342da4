import { spawn, type ChildProcess } from 'node:child_process';
import { APP_ENV, PORT } from './app-build';

/** The second app instance's port: the one after playwright.config.ts's E2E_PORT. */
export const SECOND_PORT = PORT + 1;

export interface AppInstance {
  origin: string;
  /** Kills the instance's process group at once (SIGKILL): no shutdown code runs, its leases just stop being renewed. */
  kill(): Promise<void>;
}

/**
 * Another `next start` of the same build playwright.config.ts starts, against the same test database and LLM stub,
 * with `env` added; resolves once /api/health answers 200.
 */
export async function startInstance(port: number, env: Record<string, string> = {}): Promise<AppInstance> {
  const child: ChildProcess = spawn(
    'node_modules/.bin/next',
    ['start', '--port', String(port), '--hostname', '127.0.0.1'],
    { env: { ...process.env, ...APP_ENV, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const errors: Buffer[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  // Polls the health route until the server answers (a refused connection means it is still starting).
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`next start on ${port} exited (${child.exitCode}): ${Buffer.concat(errors)}`);
    const healthy = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`next start on port ${port} was not healthy within 90 s: ${Buffer.concat(errors)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
  };
}
