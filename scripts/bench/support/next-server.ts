import 'server-only';
import { spawn } from 'node:child_process';
import { AppError } from '../../../lib/domain/errors';
import { NEXT_BIN } from '../../../lib/cli/next-build';

/** Starts `next start` (a production build must exist) on a port against a database; resolves when healthy. */
export async function startNextServer(port: number, neo4jUri: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(NEXT_BIN, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, NEO4J_URI: neo4jUri, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new AppError(`next start exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new AppError(`next start on port ${port} did not become healthy within 60 s`);
}
