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
  // No function scan: no spec reads functions, and it would add seconds to every spec's seeding. No codebase
  // either: only the code-graph specs use one (seedSampleGraphWithCodebase).
  runScript('scripts/seed-sample.ts', ['--replace', '--no-functions', '--no-codebase']);
}

/** The sample corpus plus the demo codebase data/codebases/larder (parsed in the sandbox), for code-graph specs. */
export function seedSampleGraphWithCodebase(): void {
  runScript('scripts/seed-sample.ts', ['--replace', '--no-functions']);
}

/** Adds a codebase folder (parsed in the sandbox) to the seeded graph, as `npm run codebase -- add` does. */
export function seedCodebase(dir: string, name: string): void {
  runScript('scripts/codebase.ts', ['add', dir, '--name', name]);
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
