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
}

function probe(): SandboxStatus {
  const env = readSandboxEnvironment();
  if ('problem' in env) return { available: false, fingerprint: null, problem: env.problem, fix: env.fix };
  const bwrap = bwrapProblem();
  if (bwrap) return { available: false, fingerprint: env.fingerprint, ...bwrap };
  if (typeof process.getuid === 'function' && process.getuid() !== 0)
    return {
      available: false,
      fingerprint: env.fingerprint,
      problem:
        'The sandbox runs every attempt as a uid of its own in its own namespaces, which needs the app to run as root (bubblewrap refuses --cap-add otherwise).',
      fix: 'run the app (or npm run verifier) as root, for example in its container',
    };
  return { available: true, fingerprint: env.fingerprint, problem: null, fix: null };
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
    ...(status.available ? {} : { problem: `${status.problem} Fix: ${status.fix}.` }),
  });
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
