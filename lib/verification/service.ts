import 'server-only';
import { serverEnv } from '../env';
import { Verifier } from './worker';

const globalForVerifier = globalThis as unknown as { scogenVerifier?: Verifier };

/**
 * The verifier inside the app's server process, beside its synthesis runner: "verify again" works
 * with nothing else running. SYNTH_RUNNER=off leaves this work to `npm run verifier` processes too.
 */
export function startBackgroundVerifier(): Verifier | undefined {
  if (serverEnv().SYNTH_RUNNER === 'off') return undefined;
  if (!globalForVerifier.scogenVerifier) {
    let last = '';
    const verifier = new Verifier({
      leaseMs: serverEnv().SYNTH_LEASE_MS,
      log: (message) => {
        if (message !== last) console.warn(message);
        last = message;
      },
    });
    globalForVerifier.scogenVerifier = verifier.start();
  }
  return globalForVerifier.scogenVerifier;
}

/** The app's verifier, if it runs one (so a request can wake it). */
export function backgroundVerifier(): Verifier | undefined {
  return globalForVerifier.scogenVerifier;
}
