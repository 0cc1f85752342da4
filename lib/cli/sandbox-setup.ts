import 'server-only';
import { spawnSync } from 'node:child_process';
import { serverEnv } from '../env';
import {
  buildSandboxEnvironment,
  bwrapProblem,
  SandboxEnvironmentError,
  type SandboxEnvironment,
} from '../sandbox/environment';

// The Debian packages the sandbox needs, installed with apt-get when missing and running as root.
const DEFAULT_BWRAP = 'bwrap';
const DEBIAN_PYTHON = '/usr/bin/python3';

function missingDebianPackages(): string[] {
  const env = serverEnv();
  const missing: string[] = [];
  const bwrap = spawnSync(env.SANDBOX_BWRAP, ['--version'], { stdio: 'ignore' });
  if (env.SANDBOX_BWRAP === DEFAULT_BWRAP && bwrap.error) missing.push('bubblewrap');
  // Debian ships venv without ensurepip; python3-venv adds it (and python3 itself when absent).
  const venv = spawnSync(env.SANDBOX_BASE_PYTHON, ['-c', 'import ensurepip, venv'], { stdio: 'ignore' });
  if (env.SANDBOX_BASE_PYTHON === DEBIAN_PYTHON && venv.status !== 0) missing.push('python3-venv');
  return missing;
}

function installDebianPackages(packages: string[], log: (message: string) => void): void {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt)
    throw new SandboxEnvironmentError(
      `The verify sandbox needs Debian's ${packages.join(' and ')}, which ${packages.length === 1 ? 'is' : 'are'} not installed.\nFix: sudo apt-get install -y ${packages.join(' ')}, then npm run sandbox:setup`,
    );
  log(`Installing Debian's ${packages.join(' and ')} for the verify sandbox…`);
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      throw new SandboxEnvironmentError(
        `apt-get ${args.join(' ')} failed (exit ${result.status}); see its output above.`,
      );
  }
}

/**
 * Everything the verify sandbox needs: Debian's bubblewrap and python3-venv (installed as root), the
 * pinned venv (a no-op when current) and a working bwrap. Throws a SandboxEnvironmentError with the fix.
 */
export async function setUpSandbox(log: (message: string) => void = console.error): Promise<SandboxEnvironment> {
  const missing = missingDebianPackages();
  if (missing.length > 0) installDebianPackages(missing, log);
  const environment = await buildSandboxEnvironment(log);
  const bwrap = bwrapProblem();
  if (bwrap) throw new SandboxEnvironmentError(`${bwrap.problem}\nFix: ${bwrap.fix}`);
  return environment;
}
