import 'server-only';
import { readQuery, writeQuery } from '@/lib/db/driver';
import { fixtureBatch, fixtureProblems, type FixtureProblem } from './fixture';

/** Seeds one batch of stub-looking pending problems on the graph's top scenarios (test databases only); returns them. */
export async function seedFixtureBatch(
  batchId: string,
  count: number,
  options: { scenarios?: number; nearCopyOf?: number; textSeed?: number; now?: number } = {},
): Promise<FixtureProblem[]> {
  if (process.env.SCOGEN_TEST_DB !== '1')
    throw new Error('seedFixtureBatch writes test data: run it on the test database only.');
  const candidates = await readQuery('testing/review-candidates', { scenarios: options.scenarios ?? 3 });
  if (candidates.length === 0) throw new Error('The graph has no scenarios: load the sample corpus first.');
  const now = options.now ?? Date.now();
  const problems = fixtureProblems(batchId, count, candidates, now, options);
  await writeQuery('testing/review-seed', { batch: fixtureBatch(batchId, count, now), problems });
  return problems;
}
