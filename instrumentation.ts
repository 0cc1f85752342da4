// Validate configuration when the server boots, so a bad variable fails at start, not on first request;
// then start the synthesis runner, which works outside the request cycle.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { serverEnv } = await import('./lib/env');
    serverEnv();
    const { startBackgroundRunner } = await import('./lib/synthesis/service');
    startBackgroundRunner();
  }
}
