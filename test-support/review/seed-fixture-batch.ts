import 'server-only';
import { readQuery, writeQuery } from '@/lib/db/driver';
import { fixtureBatch, fixtureProblems, type FixtureProblem } from './fixture';

/** Seeds one batch of stub-looking pending problems on the graph's top scenarios (test databases only); returns them. */
export async function seedFixtureBatch(
  batchId: string,
  count: number,
  options: {
    scenarios?: number;
    nearCopyOf?: number;
    textSeed?: number;
    now?: number;
    /** Verification results on every problem (k attempts), or a batch with verification off (false). */
    verify?: { attempts: number } | false;
    counts?: { Knowledge: number; DomainSkill: number; CodingSkill: number };
    temperature?: number;
  } = {},
): Promise<FixtureProblem[]> {
  if (process.env.SCOGEN_TEST_DB !== '1')
    throw new Error('seedFixtureBatch writes test data: run it on the test database only.');
  const candidates = await readQuery('testing/review-candidates', { scenarios: options.scenarios ?? 3 });
  if (candidates.length === 0) throw new Error('The graph has no scenarios: load the sample corpus first.');
  const now = options.now ?? Date.now();
  const { verify, counts, temperature, ...rest } = options;
  const problems = fixtureProblems(batchId, count, candidates, now, { ...rest, ...(verify ? { verify } : {}) });
  const batch = fixtureBatch(batchId, count, now, {
    ...(counts ? { counts } : {}),
    ...(temperature === undefined ? {} : { temperature }),
    ...(verify === undefined ? {} : { verify: { enabled: verify !== false, attempts: verify ? verify.attempts : 3 } }),
  });
  await writeQuery('testing/review-seed', { batch, problems });
  return problems;
}
