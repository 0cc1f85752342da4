import { defineConfig } from '@playwright/test';
import { parseEnvironment } from './lib/env-schema';
import { APP_ENV, BUILD_STEP, PORT, STUB_PORT } from './e2e/support/app-build';

const env = parseEnvironment(process.env);

// Debian's Chromium (apt-get install chromium); Playwright's own browser download does not work here.
const CHROMIUM = env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // The deterministic LLM stub: the app must label it as a stub, never as a model.
      command: `node_modules/.bin/tsx --conditions=react-server scripts/llm-stub.ts --port ${STUB_PORT}`,
      url: `http://127.0.0.1:${STUB_PORT}/v1/models`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `${BUILD_STEP}node_modules/.bin/next start --port ${PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: APP_ENV,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
