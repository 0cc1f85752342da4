import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import {
  buildSandboxEnvironment,
  bwrapFailure,
  bwrapProblem,
  LOCK_FILE,
  lockHash,
  parseLock,
  readSandboxEnvironment,
  SandboxEnvironmentError,
  type SandboxEnvironment,
} from './environment';

const REQUIREMENTS_IN = path.join(path.dirname(LOCK_FILE), 'requirements.in');
const BASE_PYTHON = '/usr/bin/python3';

const normalized = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

describe('requirements.lock', () => {
  const text = readFileSync(LOCK_FILE, 'utf8');
  const locked = parseLock(text);

  it('pins every requirement line to one version and one wheel hash', () => {
    const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
    assert.equal(locked.length, lines.length);
    assert.ok(locked.length >= 8, `expected the whole closure, found ${locked.length} packages`);
    const names = locked.map((p) => p.name);
    assert.deepEqual(names, [...new Set(names)], 'a package is pinned twice');
  });

  it("holds every package of requirements.in at requirements.in's version", () => {
    const versions = new Map(locked.map((p) => [normalized(p.name), p.version]));
    const wanted = readFileSync(REQUIREMENTS_IN, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    assert.ok(wanted.length >= 8);
    for (const line of wanted) {
      const [name, version] = line.split('==');
      assert.ok(name && version, `requirements.in line "${line}" is not name==version`);
      assert.equal(versions.get(normalized(name)), version, `${name} in the lock`);
    }
  });

  it('rejects a line without a pin or a hash', () => {
    assert.throws(() => parseLock('numpy>=2 --hash=sha256:' + 'a'.repeat(64)), SandboxEnvironmentError);
    assert.throws(() => parseLock('numpy==2.4.6'), /line 1/);
    assert.deepEqual(parseLock('# comment\n\nnumpy==2.4.6 --hash=sha256:' + 'b'.repeat(64)), [
      { name: 'numpy', version: '2.4.6', sha256: 'b'.repeat(64) },
    ]);
  });
});

describe('the built environment', () => {
  let dir: string;
  let envDir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sandbox-env-test-'));
    envDir = path.join(dir, 'env');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // What a finished build leaves: fingerprint.json and venv/bin/python (a symlink, as venv makes it).
  function writeBuilt(hash: string, pythonTarget: string, basePython = BASE_PYTHON): void {
    mkdirSync(path.join(envDir, 'venv', 'bin'), { recursive: true });
    symlinkSync(pythonTarget, path.join(envDir, 'venv', 'bin', 'python'));
    const fingerprint = `cpython-3.11.2+lock:${hash.slice(0, 12)}`;
    const stored = { pythonVersion: '3.11.2', lockHash: hash, fingerprint, basePython, packages: { numpy: '2.4.6' } };
    writeFileSync(
      path.join(envDir, 'fingerprint.json'),
      JSON.stringify({ ...stored, builtAt: '2026-01-01T00:00:00Z' }),
    );
  }

  const options = { basePython: BASE_PYTHON };
  const problemOf = (result: SandboxEnvironment | { problem: string; fix: string }) =>
    'problem' in result ? result : assert.fail(`expected a problem, got ${JSON.stringify(result)}`);

  it('is missing until fingerprint.json exists, and names the set-up command', () => {
    const result = problemOf(readSandboxEnvironment(envDir, options));
    assert.match(result.problem, /not been built/);
    assert.equal(result.fix, 'npm run sandbox:setup');
  });

  it('is current when its lock hash matches requirements.lock and the interpreter exists', () => {
    writeBuilt(lockHash(), process.execPath);
    const result = readSandboxEnvironment(envDir, options);
    assert.ok(!('problem' in result), JSON.stringify(result));
    assert.equal(result.python, path.join(envDir, 'venv', 'bin', 'python'));
    assert.equal(result.fingerprint, `cpython-3.11.2+lock:${lockHash().slice(0, 12)}`);
    assert.deepEqual(result.packages, { numpy: '2.4.6' });
  });

  it('is stale once requirements.lock changes', () => {
    writeBuilt(lockHash(), process.execPath);
    const changedLock = path.join(dir, 'requirements.lock');
    writeFileSync(changedLock, readFileSync(LOCK_FILE, 'utf8').replace('numpy==2.4.6', 'numpy==2.4.5'));
    const result = problemOf(readSandboxEnvironment(envDir, { ...options, lockFile: changedLock }));
    assert.match(result.problem, /stale/);
    assert.match(result.problem, new RegExp(lockHash(changedLock).slice(0, 12)));
  });

  it('is unusable when its interpreter points nowhere, or another base interpreter is configured', () => {
    writeBuilt(lockHash(), path.join(dir, 'no-such-python'));
    assert.match(problemOf(readSandboxEnvironment(envDir, options)).problem, /missing or points nowhere/);
    assert.match(
      problemOf(readSandboxEnvironment(envDir, { basePython: '/opt/other/python3' })).problem,
      /SANDBOX_BASE_PYTHON is now \/opt\/other\/python3/,
    );
  });

  it('is not rebuilt when current', async () => {
    writeBuilt(lockHash(), process.execPath);
    const before = readFileSync(path.join(envDir, 'fingerprint.json'), 'utf8');
    const logged: string[] = [];
    const result = await buildSandboxEnvironment((line) => logged.push(line), { envDir, basePython: BASE_PYTHON });
    assert.equal(result.lockHash, lockHash());
    assert.deepEqual(logged, []);
    assert.equal(readFileSync(path.join(envDir, 'fingerprint.json'), 'utf8'), before);
    assert.equal(existsSync(`${envDir}.tmp-${process.pid}`), false);
  });

  it('leaves the old environment untouched when a rebuild fails', async () => {
    writeBuilt('0'.repeat(64), process.execPath, '/nowhere/python3');
    const before = readFileSync(path.join(envDir, 'fingerprint.json'), 'utf8');
    await assert.rejects(
      buildSandboxEnvironment(() => {}, { envDir, basePython: '/nowhere/python3' }),
      (error: unknown) =>
        error instanceof SandboxEnvironmentError && /\/nowhere\/python3 was not found/.test(error.message),
    );
    assert.equal(readFileSync(path.join(envDir, 'fingerprint.json'), 'utf8'), before);
    assert.equal(existsSync(`${envDir}.tmp-${process.pid}`), false);
  });
});

describe('bubblewrap problems', () => {
  it('names the Debian package when the binary is missing', () => {
    const result = bwrapProblem('/nowhere/bwrap');
    assert.ok(result);
    assert.match(result.problem, /\/nowhere\/bwrap\) was not found/);
    assert.match(result.fix, /apt-get install -y bubblewrap/);
  });

  it('explains blocked user namespaces with the sysctl that unblocks them', () => {
    for (const stderr of [
      'bwrap: No permissions to create new namespace, likely because the kernel does not allow non-privileged user namespaces.',
      'bwrap: setting up uid map: Permission denied',
      'bwrap: Creating new namespace failed: Operation not permitted',
    ]) {
      const result = bwrapFailure('bwrap --unshare-net true', 1, stderr);
      assert.match(result.problem, /Unprivileged user namespaces are blocked/);
      assert.match(result.problem, new RegExp(stderr.slice(0, 30)));
      assert.match(result.fix, /sysctl kernel\.apparmor_restrict_unprivileged_userns=0/);
    }
  });

  it('passes any other failure through verbatim', () => {
    const result = bwrapFailure('bwrap --proc /proc true', 1, "bwrap: Can't mount proc on /newroot/proc: Device busy");
    assert.doesNotMatch(result.problem, /user namespaces/);
    assert.match(result.problem, /Can't mount proc/);
  });
});
