// npm run verifier -- [--concurrency N] [--batch <id>]: a verifier process working off the
// re-verification queue. Any number may share one database; --batch first queues every problem of
// that batch (batches synthesized without verification, or to verify again after a lock change).
import { parseArgs } from 'node:util';
import { runCli } from '../lib/cli/run';
import { closeDriver } from '../lib/db/driver';
import { AppError } from '../lib/domain/errors';
import { serverEnv } from '../lib/env';
import { closeSandbox, sandboxStatus } from '../lib/sandbox';
import { queueBatch, queueSize, Verifier } from '../lib/verification/worker';

runCli(async () => {
  const { values } = parseArgs({ options: { concurrency: { type: 'string' }, batch: { type: 'string' } } });
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 256))
    throw new AppError(`--concurrency must be an integer from 1 to 256 (got ${values.concurrency})`);
  const status = sandboxStatus();
  if (!status.available) throw new AppError(`The sandbox cannot run here: ${status.problem}\nFix: ${status.fix}`);
  if (values.batch !== undefined) {
    const queued = await queueBatch(values.batch, 'npm run verifier');
    console.log(`Queued ${queued} problems of batch ${values.batch} for verification.`);
  }
  const verifier = new Verifier({
    concurrency,
    leaseMs: serverEnv().SYNTH_LEASE_MS,
    log: (m) => console.error(m),
  }).start();
  const { queued, leased } = await queueSize();
  console.log(
    `Verifier ${verifier.id} working (concurrency ${concurrency}, sandbox ${status.fingerprint}); ` +
      `${queued} queued, ${leased} being verified. Ctrl-C gives its leases back and stops.`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await verifier.stop();
  await closeSandbox();
  await closeDriver();
  console.log(`Stopped: ${verifier.stats.stored} verifications stored, ${verifier.stats.failed} failed.`);
});
