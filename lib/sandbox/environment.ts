import 'server-only';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../domain/errors';
import { serverEnv } from '../env';

/** The pinned closure of lib/sandbox/python/requirements.in, one `name==version --hash=sha256:…` per line. */
export const LOCK_FILE = path.join(process.cwd(), 'lib', 'sandbox', 'python', 'requirements.lock');

/** The modules the build imports to prove the environment works. */
const SMOKE_IMPORTS = 'numpy, pandas, scipy, sklearn, networkx, sympy, pytest, coverage';
const SETUP_COMMAND = 'npm run sandbox:setup';
const LOCK_LINE = /^([a-z0-9][a-z0-9._-]*)==([^\s=]+)\s+--hash=sha256:([0-9a-f]{64})$/;

export interface LockedPackage {
  name: string;
  version: string;
  sha256: string;
}

export interface SandboxEnvironment {
  /** The venv the sandbox binds read-only (its `bin/python` is a symlink into /usr/bin). */
  venvDir: string;
  /** venvDir/bin/python */
  python: string;
  /** e.g. "cpython-3.11.2+lock:3f2a…" (first 12 hex digits of the lock hash) */
  fingerprint: string;
  pythonVersion: string;
  lockHash: string;
  /** name → version, from the lock */
  packages: Record<string, string>;
}

/** What is wrong with the sandbox and the command that fixes it. */
export interface SandboxProblem {
  problem: string;
  fix: string;
}

/** Raised when the sandbox environment cannot be built; the message says what failed and how to fix it. */
export class SandboxEnvironmentError extends AppError {
  override name = 'SandboxEnvironmentError';
}

const fingerprintSchema = z.object({
  pythonVersion: z.string().min(1),
  lockHash: z.string().regex(/^[0-9a-f]{64}$/),
  fingerprint: z.string().min(1),
  basePython: z.string().min(1),
  packages: z.record(z.string(), z.string()),
  builtAt: z.string(),
});

/** Absolute directory of the sandbox environment (SANDBOX_ENV_DIR, relative to the project root). */
export function sandboxEnvDir(): string {
  return path.resolve(process.cwd(), serverEnv().SANDBOX_ENV_DIR);
}

/** Parses requirements.lock; a line that is not a pinned, hashed requirement throws. */
export function parseLock(text: string): LockedPackage[] {
  const packages: LockedPackage[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = LOCK_LINE.exec(line);
    if (!match)
      throw new SandboxEnvironmentError(
        `requirements.lock line ${i + 1} is not "name==version --hash=sha256:<64 hex>": ${line}`,
      );
    packages.push({ name: match[1]!, version: match[2]!, sha256: match[3]! });
  });
  return packages;
}

/** sha256 hex of requirements.lock's content. */
export function lockHash(lockFile = LOCK_FILE): string {
  return createHash('sha256').update(readFileSync(lockFile)).digest('hex');
}

function fingerprintOf(pythonVersion: string, hash: string): string {
  return `cpython-${pythonVersion}+lock:${hash.slice(0, 12)}`;
}

/** The built environment, or why it cannot be used (never built, stale against the lock, interpreter gone). */
export function readSandboxEnvironment(
  envDir = sandboxEnvDir(),
  options: { lockFile?: string; basePython?: string } = {},
): SandboxEnvironment | SandboxProblem {
  const fix = SETUP_COMMAND;
  const file = path.join(envDir, 'fingerprint.json');
  if (!existsSync(file)) return { problem: `The sandbox's Python environment has not been built (no ${file}).`, fix };
  let stored: z.infer<typeof fingerprintSchema>;
  try {
    stored = fingerprintSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { problem: `${file} is unreadable; the sandbox environment must be rebuilt.`, fix };
  }
  const current = lockHash(options.lockFile);
  if (stored.lockHash !== current)
    return {
      problem: `The sandbox environment in ${envDir} is stale: built from lock ${stored.lockHash.slice(0, 12)}, requirements.lock is now ${current.slice(0, 12)}.`,
      fix,
    };
  const basePython = options.basePython ?? serverEnv().SANDBOX_BASE_PYTHON;
  if (stored.basePython !== basePython)
    return {
      problem: `The sandbox environment was built from ${stored.basePython}, but SANDBOX_BASE_PYTHON is now ${basePython}.`,
      fix,
    };
  const venvDir = path.join(envDir, 'venv');
  const python = path.join(venvDir, 'bin', 'python');
  // existsSync follows the symlink into /usr/bin, so a removed or upgraded base interpreter counts as missing.
  if (!existsSync(python))
    return {
      problem: `The sandbox environment's interpreter ${python} is missing or points nowhere (was ${stored.basePython} removed or upgraded?).`,
      fix,
    };
  const { pythonVersion, lockHash: hash, fingerprint, packages } = stored;
  return { venvDir, python, fingerprint, pythonVersion, lockHash: hash, packages };
}

/** Whether bubblewrap exists and can create the namespaces the sandbox uses; null when it works. */
export function bwrapProblem(bwrap = serverEnv().SANDBOX_BWRAP): SandboxProblem | null {
  const args = ['--ro-bind', '/', '/', '--unshare-net', '--unshare-pid', '--die-with-parent', 'true'];
  const result = spawnSync(bwrap, args, { encoding: 'utf8', timeout: 15_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT')
    return {
      problem: `bubblewrap (${bwrap}) was not found; the verify sandbox needs it.`,
      fix: `apt-get install -y bubblewrap (${SETUP_COMMAND} does it when run as root), or set SANDBOX_BWRAP`,
    };
  if (result.error)
    return { problem: `${bwrap} could not be run: ${result.error.message}`, fix: 'check SANDBOX_BWRAP' };
  if (result.status === 0) return null;
  return bwrapFailure(`${bwrap} ${args.join(' ')}`, result.status, result.stderr.trim());
}

/** Turns a failed bwrap probe into what the person running it should do. */
export function bwrapFailure(command: string, status: number | null, stderr: string): SandboxProblem {
  const failed = `"${command}" failed (exit ${status ?? 'signal'}): ${stderr || '(no output)'}`;
  if (
    /No permissions to create new namespace|setting up uid map: Permission denied|Operation not permitted|EPERM/i.test(
      stderr,
    )
  )
    return {
      problem: `${failed}. Unprivileged user namespaces are blocked (e.g. by AppArmor on Ubuntu 24.04, or a container's seccomp profile).`,
      fix: 'sudo sysctl kernel.apparmor_restrict_unprivileged_userns=0 (or run as root; in Docker, --security-opt seccomp=unconfined)',
    };
  return { problem: failed, fix: `check that ${command.split(' ')[0]} works on this machine` };
}

/** Runs a command, forwarding each output line to log; resolves with the exit code and the last lines. */
function run(command: string, args: string[], log: (line: string) => void): Promise<{ code: number; tail: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (line.trim() === '') continue;
        log(line);
        lines.push(line);
        if (lines.length > 40) lines.shift();
      }
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, tail: lines.join('\n') }));
  });
}

function createVenv(basePython: string, venvDir: string): void {
  const result = spawnSync(basePython, ['-m', 'venv', venvDir], { encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new SandboxEnvironmentError(
      `The sandbox's base interpreter ${basePython} was not found.\nFix: apt-get install -y python3-venv (installs python3 too), or set SANDBOX_BASE_PYTHON.`,
    );
  if (result.status === 0) return;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (/ensurepip/.test(output))
    throw new SandboxEnvironmentError(
      `"${basePython} -m venv" failed: ensurepip is not available (Debian without python3-venv).\nFix: apt-get install -y python3-venv\n${output}`,
    );
  throw new SandboxEnvironmentError(`"${basePython} -m venv ${venvDir}" failed (exit ${result.status}):\n${output}`);
}

/**
 * Builds the sandbox's venv from requirements.lock unless fingerprint.json is current. The build
 * happens in `<envDir>.tmp-<pid>` and replaces the old environment only once it imports; a failure
 * leaves the old one untouched.
 */
export async function buildSandboxEnvironment(
  log: (message: string) => void = console.error,
  options: { envDir?: string; basePython?: string; lockFile?: string } = {},
): Promise<SandboxEnvironment> {
  const envDir = options.envDir ?? sandboxEnvDir();
  const basePython = options.basePython ?? serverEnv().SANDBOX_BASE_PYTHON;
  const lockFile = options.lockFile ?? LOCK_FILE;
  const existing = readSandboxEnvironment(envDir, { lockFile, basePython });
  if (!('problem' in existing)) return existing;

  log(`${existing.problem} Building it from ${path.relative(process.cwd(), lockFile)}…`);
  const lockText = readFileSync(lockFile, 'utf8');
  const hash = createHash('sha256').update(lockText).digest('hex');
  const packages = Object.fromEntries(parseLock(lockText).map((p) => [p.name, p.version]));
  const tmp = `${envDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const venv = path.join(tmp, 'venv');
    const python = path.join(venv, 'bin', 'python');
    createVenv(basePython, venv);
    const pipArgs = ['install', '--no-deps', '--require-hashes', '--only-binary=:all:', '--disable-pip-version-check'];
    const pip = await run(
      path.join(venv, 'bin', 'pip'),
      [...pipArgs, '--no-input', '--progress-bar', 'off', '-r', lockFile],
      (line) => log(`  pip: ${line}`),
    );
    if (pip.code !== 0)
      throw new SandboxEnvironmentError(`pip install of the sandbox packages failed (exit ${pip.code}):\n${pip.tail}`);
    const check = spawnSync(
      python,
      ['-c', `import ${SMOKE_IMPORTS}; import platform; print(platform.python_version())`],
      {
        encoding: 'utf8',
      },
    );
    if (check.status !== 0)
      throw new SandboxEnvironmentError(
        `The new sandbox environment does not import ${SMOKE_IMPORTS}:\n${check.stderr}`,
      );
    const pythonVersion = check.stdout.trim();
    const fingerprint = fingerprintOf(pythonVersion, hash);
    const stored = {
      pythonVersion,
      lockHash: hash,
      fingerprint,
      basePython,
      packages,
      builtAt: new Date().toISOString(),
    };
    writeFileSync(path.join(tmp, 'fingerprint.json'), `${JSON.stringify(stored, null, 2)}\n`);

    // A directory cannot be renamed over a non-empty one: move the old aside, move the new in, drop the old.
    const old = `${envDir}.old-${process.pid}`;
    if (existsSync(envDir)) renameSync(envDir, old);
    try {
      renameSync(tmp, envDir);
    } catch (error) {
      if (existsSync(old)) renameSync(old, envDir);
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const built = readSandboxEnvironment(envDir, { lockFile, basePython });
  if ('problem' in built) throw new SandboxEnvironmentError(built.problem);
  log(`Built the sandbox environment ${built.fingerprint} in ${envDir}.`);
  return built;
}
