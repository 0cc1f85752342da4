// Seeds batches of stub-looking pending problems for review (test databases only):
//   seed-review.ts --batch <id>:<count> [--batch <id>:<count> …] [--now <epoch ms>] [--scenarios <n>] [--verify <k>]
// Each batch is 1 s newer than the one before it; prints the seeded problems' keys and coherence as JSON.
// With --verify, every problem carries a fixture verification result of k attempts (and its batch verify: on).
import { parseArgs } from 'node:util';
import { runCli } from '../lib/cli/run';
import { AppError } from '../lib/domain/errors';
import { seedFixtureBatch } from '../test-support/review/seed-fixture-batch';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      batch: { type: 'string', multiple: true },
      now: { type: 'string' },
      scenarios: { type: 'string', default: '3' },
      verify: { type: 'string' },
    },
  });
  const batches = (values.batch ?? []).map((spec) => {
    const match = /^([\w-]+):(\d+)$/.exec(spec);
    if (!match) throw new AppError(`--batch "${spec}": expected <id>:<count>`);
    return { id: match[1]!, count: Number(match[2]) };
  });
  if (batches.length === 0)
    throw new AppError('usage: seed-review.ts --batch <id>:<count> [--batch …] [--now <epoch ms>] [--scenarios <n>]');
  const now = values.now === undefined ? Date.now() : Number(values.now);
  const attempts = values.verify === undefined ? undefined : Number(values.verify);
  if (attempts !== undefined && !(Number.isInteger(attempts) && attempts >= 1 && attempts <= 10))
    throw new AppError(`--verify "${values.verify}": expected the attempts per problem, 1–10`);
  const seeded: Record<
    string,
    Array<{
      key: string;
      coherence: number;
      title: string;
      verifyStatus?: string;
      difficulty?: string;
      verifyPassed?: number;
    }>
  > = {};
  for (const [i, batch] of batches.entries()) {
    const problems = await seedFixtureBatch(batch.id, batch.count, {
      scenarios: Number(values.scenarios),
      now: now + i * 1_000,
      ...(attempts === undefined ? {} : { verify: { attempts } }),
    });
    seeded[batch.id] = problems.map((p) => ({
      key: String(p.props.key),
      coherence: Number(p.props.coherence),
      title: String(p.props.title),
      ...(typeof p.props.verifyStatus === 'string' ? { verifyStatus: p.props.verifyStatus } : {}),
      ...(typeof p.props.difficulty === 'string' ? { difficulty: p.props.difficulty } : {}),
      ...(typeof p.props.verifyPassed === 'number' ? { verifyPassed: p.props.verifyPassed } : {}),
    }));
  }
  console.log(JSON.stringify(seeded));
});
