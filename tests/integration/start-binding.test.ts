// npm start on a non-loopback HOST (issue 14): local mode is for this machine only, so without an admin account
// the app refuses to start and says how to make one; with one it goes on, in team mode. Against the test
// database (NEO4J_URI is set, so scripts/start.ts starts no Neo4j of its own).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { addUser } from '@/lib/auth/users';
import { forgetAuth } from '@/lib/auth/server';
import { closeDriver } from '@/lib/db/driver';
import { assertTestDatabase, clearGraph } from './helpers';

interface Run {
  code: number | null;
  stderr: string;
}

/**
 * Runs scripts/start.ts with `env` until it exits, or until its stderr shows `until` (then it is stopped:
 * what comes after, the sample corpus and the production build, is not what these tests are about).
 */
function start(env: Record<string, string>, until?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], {
      env: { ...process.env, ...env, PORT: '3168' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (until?.test(stderr)) child.kill('SIGKILL');
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

before(async () => {
  assertTestDatabase();
  await clearGraph();
  forgetAuth();
});

after(async () => {
  await clearGraph();
  await closeDriver();
});

test('HOST=0.0.0.0 with no admin account: the app refuses to start and names the command that makes one', async () => {
  const run = await start({ HOST: '0.0.0.0' });
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /HOST=0\.0\.0\.0 makes the app reachable from other machines/);
  assert.match(run.stderr, /npm run users -- add --role admin you@example\.com/);
  assert.doesNotMatch(run.stderr, /SCoGen Studio on http/);
});

test('a loopback HOST needs no account (local mode); ::1 counts as loopback', async () => {
  for (const host of ['127.0.0.1', '::1']) {
    const run = await start({ HOST: host }, /Loaded the sample corpus|Verify sandbox|Warning: the verify sandbox/);
    assert.doesNotMatch(run.stderr, /needs team mode/, `${host}: ${run.stderr}`);
    assert.match(
      run.stderr,
      /Loaded the sample corpus|Verify sandbox|Warning: the verify sandbox/,
      `${host}: ${run.stderr}`,
    );
  }
});

test('with an admin account, HOST=0.0.0.0 starts in team mode and warns that ALLOWED_HOSTS is unset', async () => {
  await addUser({ email: 'ops@example.com', role: 'admin', password: 'ops-password-start-1' });
  const run = await start({ HOST: '0.0.0.0' }, /Team mode: binding 0\.0\.0\.0/);
  assert.match(run.stderr, /ALLOWED_HOSTS is unset/);
  assert.match(run.stderr, /Team mode: binding 0\.0\.0\.0; everyone signs in\./);
});
