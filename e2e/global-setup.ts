import { execFileSync } from 'node:child_process';

// Seeds through the project's own script: the test database gets exactly the sample corpus.
export default function globalSetup(): void {
  if (process.env.SCOGEN_TEST_DB !== '1') throw new Error('Run e2e tests with "npm run test:e2e", which starts the test database.');
  execFileSync('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/seed-sample.ts', '--replace'], { stdio: 'inherit' });
}
