// Task files in the sandbox (issue 16): a codebase's modules go under /task/lib, importable by the
// solution and the tests, and read-only like the rest of /task, in the real bubblewrap sandbox.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { forgetServerEnv } from '@/lib/env';
import { closeSandbox, openSandbox, sandboxStatus } from '@/lib/sandbox';
import { taskFilesProblem } from '@/lib/sandbox/sandbox';
import { MAX_TASK_FILES_BYTES, type TaskFile } from '@/lib/sandbox/types';
import { describeOutcome, py } from './sandbox-support';

process.env.SANDBOX_MODE = 'bwrap';
forgetServerEnv();

const FILES: TaskFile[] = [
  { path: 'shop/__init__.py', content: '__version__ = "1.0"\n' },
  {
    path: 'shop/prices.py',
    content: py`
      from dataclasses import dataclass

      @dataclass
      class Price:
          cents: int

      def parse_price(text: str) -> Price:
          return Price(round(float(text) * 100))
    `,
  },
  {
    path: 'shop/cart.py',
    content:
      'from .prices import Price\n\ndef total(prices: list[Price]) -> int:\n    return sum(p.cents for p in prices)\n',
  },
];

before(async () => {
  await closeSandbox();
  const status = sandboxStatus();
  assert.equal(status.available, true, `the sandbox must be available: ${status.problem} ${status.fix}`);
});

after(async () => {
  await closeSandbox();
});

test('task files: the solution and the tests import the codebase from /task/lib', async () => {
  const outcome = await openSandbox().run({
    solution: py`
      from shop.prices import parse_price
      from shop.cart import total

      def checkout(texts):
          return total([parse_price(t) for t in texts])
    `,
    tests: py`
      import shop
      from shop.prices import Price
      from solution import checkout

      def test_checkout():
          assert checkout(["1.50", "2.25"]) == 375

      def test_codebase_is_under_task_lib():
          assert shop.__file__ == "/task/lib/shop/__init__.py"
          assert Price(5).cents == 5
    `,
    files: FILES,
    limits: { wallS: 8 },
  });
  assert.equal(outcome.status, 'passed', describeOutcome(outcome));
  assert.deepEqual(outcome.tests, { passed: 2, failed: 0, total: 2 });
  assert.equal(outcome.unsandboxed, false);
});

test('task files: an attempt cannot change, replace, add to or remove the codebase files', async () => {
  const outcome = await openSandbox().run({
    solution: 'import shop.prices\n',
    tests: py`
      import errno, os
      import pytest
      import solution

      TARGETS = ["/task/lib/shop/prices.py", "/task/lib/shop/__init__.py"]

      @pytest.mark.parametrize("target", TARGETS)
      def test_cannot_write(target):
          with pytest.raises(OSError) as info:
              open(target, "a").write("\\nHACKED = True\\n")
          assert info.value.errno in (errno.EROFS, errno.EACCES)

      @pytest.mark.parametrize("target", TARGETS)
      def test_cannot_chmod_remove_or_rename(target):
          for act in (lambda: os.chmod(target, 0o666), lambda: os.remove(target), lambda: os.rename(target, target + ".x")):
              with pytest.raises(OSError) as info:
                  act()
              assert info.value.errno in (errno.EROFS, errno.EACCES, errno.EPERM)

      def test_cannot_add_a_module():
          with pytest.raises(OSError) as info:
              open("/task/lib/shop/evil.py", "w").write("x = 1\\n")
          assert info.value.errno in (errno.EROFS, errno.EACCES)
          with pytest.raises(OSError):
              os.mkdir("/task/lib/other")

      def test_files_are_intact():
          assert "HACKED" not in open("/task/lib/shop/prices.py").read()
          assert sorted(os.listdir("/task/lib/shop")) == ["__init__.py", "cart.py", "prices.py"]

      def test_task_is_mounted_read_only():
          with open("/proc/self/mountinfo") as info:
              task = [line.split() for line in info if line.split()[4] == "/task"]
          assert task and "ro" in task[-1][5].split(",")
    `,
    files: FILES,
    limits: { wallS: 8 },
  });
  assert.equal(outcome.status, 'passed', describeOutcome(outcome));
  assert.equal(outcome.tests.total, 7, describeOutcome(outcome));
});

test('task files: a path outside /task/lib, or files past the size limit, are refused with a clear error', async () => {
  for (const path of ['../etc/x.py', '/abs.py', 'a/./b.py', 'a//b.py']) {
    const outcome = await openSandbox().run({
      solution: 'x = 1\n',
      tests: 'from solution import x\n\ndef test_x():\n    assert x == 1\n',
      files: [{ path, content: '' }],
    });
    assert.equal(outcome.status, 'error', describeOutcome(outcome));
    assert.match(outcome.message, /must be relative/);
  }
  const big = '#'.repeat(1024 * 1024);
  const files = Array.from({ length: MAX_TASK_FILES_BYTES / 2 ** 20 + 1 }, (_, i) => ({
    path: `big/m${i}.py`,
    content: big,
  }));
  assert.match(taskFilesProblem(files) ?? '', /33\.0 MiB, more than the 32 MiB an attempt may carry/);
  const outcome = await openSandbox().run({
    solution: 'x = 1\n',
    tests: 'import solution\n\ndef test_x():\n    pass\n',
    files,
  });
  assert.equal(outcome.status, 'error');
  assert.match(outcome.message, /more than the 32 MiB/);
});

test('task files: a codebase of a few MiB fits (the /task tmpfs grows with the files)', async () => {
  const content = `DATA = ${JSON.stringify('y'.repeat(3 * 1024 * 1024))}\n`;
  const outcome = await openSandbox().run({
    solution: 'from blob.data import DATA\n',
    tests: 'from solution import DATA\n\ndef test_size():\n    assert len(DATA) == 3 * 1024 * 1024\n',
    files: [
      { path: 'blob/__init__.py', content: '' },
      { path: 'blob/data.py', content },
      { path: 'blob/data2.py', content },
      { path: 'blob/data3.py', content },
    ],
    limits: { wallS: 8 },
  });
  assert.equal(outcome.status, 'passed', describeOutcome(outcome));
});
