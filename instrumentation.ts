// Validate configuration when the server boots, so a bad variable fails at start, not on first request;
// then start the synthesis runner and the verifier, which work outside the request cycle.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { serverEnv } = await import('./lib/env');
    serverEnv();
    const { startBackgroundRunner } = await import('./lib/synthesis/service');
    startBackgroundRunner();
    const { startBackgroundVerifier } = await import('./lib/verification/service');
    startBackgroundVerifier();
    const { startExtractionWorker } = await import('./lib/extraction/runs');
    startExtractionWorker();
  }
}
