import { buildIsStaleIn } from '../../lib/cli/build-freshness';
import { parseEnvironment } from '../../lib/env-schema';

// Which build the e2e app servers start, shared by playwright.config.ts and the specs that start a second instance.
// E2E_REUSE_BUILD=1 starts the app on the existing .next build: for running single specs one after another.
// Otherwise the integration suite's build (tests/integration/app-server.ts), when it is newer than every source
// file, is the very same app and is started as it is (npm test runs the integration suite first); else a fresh build.
const env = parseEnvironment(process.env);
const INTEGRATION_BUILD = '.next-integration';
const reuseIntegration = env.E2E_REUSE_BUILD !== '1' && !buildIsStaleIn(INTEGRATION_BUILD);

/** The build step before `next start`, or '' when an existing build is used. */
export const BUILD_STEP = env.E2E_REUSE_BUILD === '1' || reuseIntegration ? '' : 'node_modules/.bin/next build && ';
/** The build directory the app servers start on. */
export const DIST_DIR = reuseIntegration ? INTEGRATION_BUILD : env.NEXT_DIST_DIR;
export const PORT = env.E2E_PORT;
export const STUB_PORT = env.E2E_STUB_PORT ?? PORT + 919;

/** The environment of every e2e app server: the LLM stub, quick retries. */
export const APP_ENV = {
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: DIST_DIR,
  LLM_BASE_URL: `http://127.0.0.1:${STUB_PORT}/v1`,
  LLM_MODEL: 'scogen-stub',
  LLM_RETRY_BASE_MS: '10',
  LLM_MAX_RETRY_WAIT_MS: '200',
};
