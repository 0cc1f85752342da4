// Validate configuration when the server boots, so a bad variable fails at start, not on first request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { serverEnv } = await import('./lib/env');
    serverEnv();
  }
}
