import { defineConfig } from '@playwright/test';
import { buildIsStaleIn } from './lib/cli/build-freshness';
import { parseEnvironment } from './lib/env-schema';

const env = parseEnvironment(process.env);
const PORT = env.E2E_PORT;
const STUB_PORT = env.E2E_STUB_PORT ?? PORT + 919;

// E2E_REUSE_BUILD=1 starts the app on the existing .next build: for running single specs one after another.
// Otherwise the integration suite's build (tests/integration/app-server.ts), when it is newer than every source
// file, is the very same app and is started as it is (npm test runs the integration suite first); else a fresh build.
const INTEGRATION_BUILD = '.next-integration';
const reuseIntegration = env.E2E_REUSE_BUILD !== '1' && !buildIsStaleIn(INTEGRATION_BUILD);
const BUILD = env.E2E_REUSE_BUILD === '1' || reuseIntegration ? '' : 'node_modules/.bin/next build && ';
const DIST_DIR = reuseIntegration ? INTEGRATION_BUILD : env.NEXT_DIST_DIR;

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
      command: `${BUILD}node_modules/.bin/next start --port ${PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: DIST_DIR,
        LLM_BASE_URL: `http://127.0.0.1:${STUB_PORT}/v1`,
        LLM_MODEL: 'scogen-stub',
        LLM_RETRY_BASE_MS: '10',
        LLM_MAX_RETRY_WAIT_MS: '200',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
