// npm run runner -- [--concurrency N]: a synthesis runner process. Any number may share one database.
import { parseArgs } from 'node:util';
import { runCli } from '../lib/cli/run';
import { AppError } from '../lib/domain/errors';
import { SynthesisRunner } from '../lib/synthesis/runner';

runCli(async () => {
  const { values } = parseArgs({ options: { concurrency: { type: 'string' } } });
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 1024)) {
    throw new AppError(`--concurrency must be an integer from 1 to 1024 (got ${values.concurrency})`);
  }
  const runner = new SynthesisRunner({ role: 'runner', concurrency, log: (m) => console.error(m) }).start();
  console.log(
    `Synthesis runner ${runner.id} working (concurrency ${runner.concurrency}); Ctrl-C gives its leases back and stops.`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await runner.stop();
  console.log(
    `Stopped: ${runner.stats.done} problems stored, ${runner.stats.failed} items failed, ${runner.stats.dropped} dropped.`,
  );
});
