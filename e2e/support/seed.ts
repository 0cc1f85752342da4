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
export function seedSampleGraph(): void {
  runScript('scripts/seed-sample.ts', ['--replace']);
}

export type SeededReview = Record<string, Array<{ key: string; coherence: number }>>;

/** Seeds pending fixture problems per batch (scripts/seed-review.ts); each batch is 1 s newer than the previous. */
export function seedReviewBatches(batches: Record<string, number>, now = Date.now()): SeededReview {
  const args = Object.entries(batches).flatMap(([id, count]) => ['--batch', `${id}:${count}`]);
  return JSON.parse(runScript('scripts/seed-review.ts', [...args, '--now', String(now)])) as SeededReview;
}
