import { parseEnvironment } from '../lib/env-schema';

// Each spec seeds its own graph (e2e/support/seed.ts); this only refuses a database that is not the test one.
export default function globalSetup(): void {
  if (parseEnvironment(process.env).SCOGEN_TEST_DB !== '1')
    throw new Error('Run e2e tests with "npm run test:e2e", which starts the test database.');
}
