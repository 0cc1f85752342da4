import { execFileSync } from 'node:child_process';

// Seeding goes through the project's scripts (they need the react-server condition, which Playwright lacks).
function runScript(script: string, args: string[]): string {
  return execFileSync('node_modules/.bin/tsx', ['--conditions=react-server', script, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * Empties the test graph and loads exactly the sample corpus. Every spec calls it in its `beforeAll`,
 * so it passes alone, in any order and repeated, whatever other specs wrote.
 */
export function seedSampleGraph(options: { codebase?: boolean } = {}): void {
  // No function scan: no spec reads functions, and it would add seconds to every spec's seeding. The demo
  // codebase (data/codebases/larder) only for the specs that use code graphs.
  runScript('scripts/seed-sample.ts', ['--replace', '--no-functions', ...(options.codebase ? [] : ['--no-codebase'])]);
}

export type SeededReview = Record<
  string,
  Array<{
    key: string;
    coherence: number;
    title: string;
    /** With `verify`: the fixture's verification result. */
    verifyStatus?: string;
    difficulty?: string;
    verifyPassed?: number;
  }>
>;

/**
 * Seeds pending fixture problems per batch (scripts/seed-review.ts); each batch is 1 s newer than the previous.
 * With `verify: k`, every problem carries a fixture verification result of k attempts.
 */
export function seedReviewBatches(
  batches: Record<string, number>,
  now = Date.now(),
  options: { verify?: number } = {},
): SeededReview {
  const args = Object.entries(batches).flatMap(([id, count]) => ['--batch', `${id}:${count}`]);
  const verify = options.verify === undefined ? [] : ['--verify', String(options.verify)];
  return JSON.parse(runScript('scripts/seed-review.ts', [...args, '--now', String(now), ...verify])) as SeededReview;
}
