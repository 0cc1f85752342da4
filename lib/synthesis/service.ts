import 'server-only';
import { serverEnv } from '../env';
import { SynthesisRunner } from './runner';

const globalForRunner = globalThis as unknown as { scogenRunner?: SynthesisRunner };

/**
 * The runner inside the app's server process: it works outside any request, so closing the browser
 * does not stop a batch, and a restarted server resumes running batches on its own. SYNTH_RUNNER=off
 * leaves the work to separate `npm run runner` processes.
 */
export function startBackgroundRunner(): SynthesisRunner | undefined {
  if (serverEnv().SYNTH_RUNNER === 'off') return undefined;
  if (!globalForRunner.scogenRunner) {
    let last = '';
    const runner = new SynthesisRunner({
      role: 'app',
      log: (message) => {
        // A database that is down would otherwise log the same line every poll.
        if (message !== last) console.warn(message);
        last = message;
      },
    });
    globalForRunner.scogenRunner = runner.start();
    console.log(`Synthesis runner ${runner.id} started in the app process (concurrency ${runner.concurrency}).`);
  }
  return globalForRunner.scogenRunner;
}
