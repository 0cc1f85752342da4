// Loads the bundled sample corpus, then scans it for functions when the sandbox is available (--no-functions: not),
// and adds the demo codebase data/codebases/larder when no codebase is stored (--no-codebase: not).
// --replace first empties the graph (test databases only).
import { runCli } from '../lib/cli/run';
import { formatCount } from '../lib/cli/progress';
import { addSampleCodebaseIfNone } from '../lib/cli/sample-codebase';
import { scanFunctionsAfterSample } from '../lib/cli/scan-functions';
import { cypher } from '../lib/db/cypher';
import { getDriver, sessionConfig } from '../lib/db/driver';
import { applySchema } from '../lib/db/schema';
import { AppError } from '../lib/domain/errors';
import { serverEnv } from '../lib/env';
import { loadSample } from '../lib/graph/sample-corpus';

runCli(async () => {
  if (process.argv.includes('--replace')) {
    if (serverEnv().SCOGEN_TEST_DB !== '1')
      throw new AppError(
        '--replace empties the whole graph and is only allowed on the test database (SCOGEN_TEST_DB=1).',
      );
    const session = getDriver().session(sessionConfig('WRITE'));
    try {
      await session.run(cypher('testing/clear-graph'));
    } finally {
      await session.close();
    }
  }
  await applySchema();
  const summary = await loadSample();
  console.error(
    `Seeded the sample corpus: ${formatCount(summary.documents)} documents in ${summary.seconds.toFixed(1)} s.`,
  );
  if (!process.argv.includes('--no-functions')) await scanFunctionsAfterSample();
  if (!process.argv.includes('--no-codebase')) await addSampleCodebaseIfNone();
});
