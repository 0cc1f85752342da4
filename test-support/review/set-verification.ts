import 'server-only';
import { writeQuery } from '@/lib/db/driver';

/** Stored properties of a problem, as verification (or a reviewer) writes them; `verification` is its JSON text. */
export type ProblemProps = Record<string, string | number | boolean | null>;

/** Sets properties on seeded problems by key (test databases only); returns how many problems matched. */
export async function setProblemProps(rows: Array<{ key: string; props: ProblemProps }>): Promise<number> {
  if (process.env.SCOGEN_TEST_DB !== '1')
    throw new Error('setProblemProps writes test data: run it on the test database only.');
  const [result] = await writeQuery('testing/verification-set', { rows });
  return result?.problems ?? 0;
}
