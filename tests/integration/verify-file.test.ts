import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { VerifyRecord } from '@/lib/verification/file';

// The real CLI as a subprocess, against the real sandbox. Run with node directly (not through npm or
// the tsx wrapper) so that a SIGINT reaches the CLI itself, as Ctrl-C in a terminal does.

const dir = mkdtempSync(path.join(tmpdir(), 'scogen-verify-file-'));

function cli(
  args: string[],
  options: { interruptWhen?: (stdout: string, stderr: string) => boolean; env?: Record<string, string> } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/verify-file.ts', ...args],
    {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  const check = () => {
    if (!interrupted && options.interruptWhen?.(stdout, stderr)) {
      interrupted = true;
      child.kill('SIGINT');
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    check();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    check();
  });
  const poll = setInterval(check, 100);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stderr });
    }),
  );
}

function records(text: string): VerifyRecord[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as VerifyRecord)
    .sort((a, b) => a.line - b.line);
}

function write(name: string, lines: Array<string | object>): string {
  const file = path.join(dir, name);
  writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

const ADD_TESTS = [
  'from solution import add',
  '',
  'def test_small():',
  '    assert add(1, 2) == 3',
  '',
  'def test_zero():',
  '    assert add(0, 0) == 0',
  '',
  'def test_negative():',
  '    assert add(-2, 1) == -1',
  '',
].join('\n');
const SLEEPER = {
  code: 'import time\n\ndef wait():\n    time.sleep(60)\n',
  tests: 'from solution import wait\n\ndef test_wait():\n    wait()\n',
};

describe('npm run verify:file', () => {
  it('verifies good, wrong and slow lines, reports bad ones by line number, and writes one line per input line', async () => {
    const input = write('mixed.jsonl', [
      { id: 'good', code: 'def add(a, b):\n    return a + b\n', tests: ADD_TESTS },
      { id: 'wrong', code: 'def add(a, b):\n    return a - b\n', tests: ADD_TESTS, source: 'extra fields are ignored' },
      '{"id": "cut", "code": "def f(',
      { id: 'no-tests', code: 'def add(a, b):\n    return a + b\n' },
      '',
      { id: 'slow', ...SLEEPER },
      { id: 'good', code: 'x = 1\n', tests: 'def test_x():\n    pass\n' },
      [1, 2, 3],
      {
        id: 'frame',
        code: 'import pandas as pd\n\ndef total(rows):\n    return int(pd.DataFrame(rows)["v"].sum())\n',
        tests: 'from solution import total\n\ndef test_total():\n    assert total([{"v": 1}, {"v": 2}]) == 3\n',
      },
    ]);
    const out = path.join(dir, 'mixed.out.jsonl');
    const { code, stdout, stderr } = await cli([input, '--out', out, '--timeout-s', '1', '--concurrency', '3'], {
      env: { SANDBOX_SLOTS: '3' },
    });
    assert.equal(code, 1, 'invalid lines make the exit code 1');
    assert.equal(stdout, '', 'results go to --out only');

    const got = records(readFileSync(out, 'utf8'));
    assert.deepEqual(
      got.map((r) => [r.line, r.id, r.status, r.tests]),
      [
        [1, 'good', 'passed', { passed: 3, failed: 0, total: 3 }],
        [2, 'wrong', 'failed', { passed: 1, failed: 2, total: 3 }],
        [3, null, 'invalid_input', { passed: 0, failed: 0, total: 0 }],
        [4, 'no-tests', 'invalid_input', { passed: 0, failed: 0, total: 0 }],
        [6, 'slow', 'timeout', { passed: 0, failed: 0, total: 1 }],
        [7, 'good', 'invalid_input', { passed: 0, failed: 0, total: 0 }],
        [8, null, 'invalid_input', { passed: 0, failed: 0, total: 0 }],
        [9, 'frame', 'passed', { passed: 1, failed: 0, total: 1 }],
      ],
    );
    const byLine = new Map(got.map((r) => [r.line, r]));
    assert.equal(byLine.get(1)!.coverage, 1);
    assert.match(byLine.get(2)!.message, /test_small failed: assert -1 == 3/);
    assert.match(byLine.get(3)!.message, /^not JSON/);
    assert.equal(byLine.get(4)!.message, 'wrong shape: tests is missing');
    assert.equal(byLine.get(6)!.coverage, null);
    assert.ok(byLine.get(6)!.durationMs >= 900, 'killed at the 1 s wall clock');
    assert.equal(byLine.get(7)!.message, 'duplicate id "good" (first on line 1)');
    assert.equal(byLine.get(8)!.message, 'wrong shape: must be a JSON object');
    for (const record of got) {
      assert.deepEqual(Object.keys(record), [
        'id',
        'line',
        'status',
        'message',
        'tests',
        'durationMs',
        'coverage',
        'output',
        'fingerprint',
        'unsandboxed',
      ]);
      assert.equal(record.unsandboxed, false);
      if (record.status !== 'invalid_input')
        assert.match(record.fingerprint ?? '', /^cpython-3\.\d+\.\d+\+lock:[0-9a-f]{12}$/);
    }

    assert.match(stderr, /line 3: not JSON/);
    assert.match(stderr, /line 4 \(id "no-tests"\): wrong shape: tests is missing/);
    assert.match(stderr, /line 7 \(id "good"\): duplicate id "good" \(first on line 1\)/);
    assert.match(stderr, /line 8: wrong shape: must be a JSON object/);
    assert.match(stderr, /Verified 8 line\(s\)/);
    assert.match(stderr, /invalid_input 4 · passed 2 · failed 1 · timeout 1/);
    assert.match(stderr, /attempts\/s/);
  });

  it('writes to stdout when it is not a terminal, and exits 0 when every line was valid', async () => {
    const input = write('clean.jsonl', [{ id: 'a', code: 'def add(a, b):\n    return a + b\n', tests: ADD_TESTS }]);
    const { code, stdout } = await cli([input]);
    assert.equal(code, 0);
    assert.deepEqual(
      records(stdout).map((r) => [r.id, r.status]),
      [['a', 'passed']],
    );
    assert.ok(!existsSync(path.join(dir, 'clean.verified.jsonl')));
  });

  it('rejects bad options naming them', async () => {
    const input = write('one.jsonl', [{ id: 'a', code: 'x = 1\n', tests: 'def test_x():\n    pass\n' }]);
    const bad = await cli([input, '--concurrency', '0']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--concurrency must be at least 1/);
    const same = await cli([input, '--out', input]);
    assert.match(same.stderr, /--out must not be the input file/);
  });

  it('Ctrl-C cancels the running attempts, keeps what finished and exits 130', async () => {
    const input = write('interrupt.jsonl', [
      { id: 'quick', code: 'def add(a, b):\n    return a + b\n', tests: ADD_TESTS },
      ...['s1', 's2', 's3', 's4'].map((id) => ({ id, ...SLEEPER })),
    ]);
    const out = path.join(dir, 'interrupt.out.jsonl');
    const started = Date.now();
    let quickSeenAt = 0;
    const { code, stderr } = await cli([input, '--out', out, '--timeout-s', '60', '--concurrency', '3'], {
      env: { SANDBOX_SLOTS: '3' },
      // The quick line is written first; half a second later s1, s2 and s3 run and s4 waits unread.
      interruptWhen: () => {
        if (!quickSeenAt && existsSync(out) && readFileSync(out, 'utf8').includes('"quick"')) quickSeenAt = Date.now();
        return quickSeenAt > 0 && Date.now() - quickSeenAt > 500;
      },
    });
    assert.equal(code, 130);
    assert.ok(Date.now() - started < 30_000, `did not wait for the 60 s attempts: ${stderr}`);
    assert.deepEqual(
      records(readFileSync(out, 'utf8')).map((r) => [r.id, r.status]),
      [['quick', 'passed']],
    );
    assert.match(stderr, /Cancelling the running attempts/);
    assert.match(stderr, /3 running attempt\(s\) cancelled and not written/);
  });
});
