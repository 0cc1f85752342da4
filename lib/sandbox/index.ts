import 'server-only';
import { availableParallelism } from 'node:os';
import { serverEnv } from '../env';
import { bwrapProblem, readSandboxEnvironment } from './environment';
import { Sandbox } from './sandbox';

/** Whether attempts can run here; when not, exactly why and the command that fixes it. */
export interface SandboxStatus {
  available: boolean;
  fingerprint: string | null;
  problem: string | null;
  fix: string | null;
  /** Set when SANDBOX_MODE=unsandboxed: attempts run, but not in a sandbox. */
  warning: string | null;
}

export const UNSANDBOXED_WARNING =
  "WARNING: SANDBOX_MODE=unsandboxed: generated code runs ON THIS MACHINE, UNSANDBOXED, as the app's own user, " +
  'with network access and the files that user can read. Only rlimits, a temporary directory per attempt and a ' +
  'kill of its processes at the end apply. Unset SANDBOX_MODE to run attempts in bubblewrap again.';

function probe(): SandboxStatus {
  const env = readSandboxEnvironment();
  const none = { warning: null };
  if ('problem' in env) return { available: false, fingerprint: null, problem: env.problem, fix: env.fix, ...none };
  if (serverEnv().SANDBOX_MODE === 'unsandboxed')
    return { available: true, fingerprint: env.fingerprint, problem: null, fix: null, warning: UNSANDBOXED_WARNING };
  const bwrap = bwrapProblem();
  if (bwrap) return { available: false, fingerprint: env.fingerprint, ...bwrap, ...none };
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    return {
      available: false,
      fingerprint: env.fingerprint,
      problem:
        'The sandbox runs every attempt as a uid of its own in its own namespaces, which needs the app to run as root (bubblewrap refuses --cap-add otherwise).',
      fix: 'run the app (or npm run verifier) as root, for example in its container',
      ...none,
    };
  return { available: true, fingerprint: env.fingerprint, problem: null, fix: null, ...none };
}

let cached: { status: SandboxStatus; sandbox: Sandbox } | undefined;

function current(): { status: SandboxStatus; sandbox: Sandbox } {
  if (cached) return cached;
  const status = probe();
  const env = readSandboxEnvironment();
  const slots = serverEnv().SANDBOX_SLOTS || availableParallelism();
  const sandbox = new Sandbox({
    bwrap: serverEnv().SANDBOX_BWRAP,
    venvDir: 'problem' in env ? '/nonexistent' : env.venvDir,
    fingerprint: status.fingerprint ?? 'none',
    slots,
    unsandboxed: status.warning !== null,
    ...(status.available ? {} : { problem: `${status.problem} Fix: ${status.fix}.` }),
  });
  if (status.warning) console.warn(`\n${status.warning}\n`);
  cached = { status, sandbox };
  return cached;
}

/** The process's sandbox status (probed once). */
export function sandboxStatus(): SandboxStatus {
  return current().status;
}

/** The process's one sandbox; its fork servers start on the first attempt. */
export function openSandbox(): Sandbox {
  return current().sandbox;
}

/** Stops the fork servers (tests, CLIs at exit); the next openSandbox() probes again. */
export async function closeSandbox(): Promise<void> {
  const previous = cached;
  cached = undefined;
  await previous?.sandbox.close();
}
