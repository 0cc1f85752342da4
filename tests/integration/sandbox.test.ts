// The verify sandbox against real attacks (issue 12): every test runs generated-looking code in the
// real bubblewrap sandbox and asserts the exact status and that the attack changed nothing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { forgetServerEnv, serverEnv } from '@/lib/env';
import { closeSandbox, openSandbox, sandboxStatus } from '@/lib/sandbox';
import { readSandboxEnvironment } from '@/lib/sandbox/environment';
import {
  FAILING_TESTS,
  SOLUTION_F,
  attemptProcesses,
  describeOutcome,
  descendants,
  findByName,
  py,
  run,
  waitFor,
  windowOf,
} from './sandbox-support';

const SECRET = `sk-test-secret-${randomBytes(6).toString('hex')}`;
const PROJECT = process.cwd();
const token = () => `scogen-marker-${randomBytes(6).toString('hex')}`;

// The app's secrets are set in this process: none of them may reach an attempt.
process.env.LLM_API_KEY = SECRET;
process.env.NEO4J_PASSWORD = SECRET;
process.env.SANDBOX_MODE = 'bwrap';
// Three attempts at once per fork server, whatever the machine, for the concurrent attacks.
process.env.SANDBOX_SLOTS = '3';
forgetServerEnv();

before(async () => {
  await closeSandbox();
  const status = sandboxStatus();
  assert.equal(
    status.available,
    true,
    `the sandbox must be available for these tests: ${status.problem} ${status.fix}`,
  );
  await openSandbox().warm();
});

after(async () => {
  await closeSandbox();
});

/** Asserts the status (with the whole outcome in the message when it differs). */
function expectStatus(outcome: Awaited<ReturnType<typeof run>>, status: string): void {
  assert.equal(outcome.status, status, describeOutcome(outcome));
  assert.equal(outcome.unsandboxed, false);
}

async function assertNoAttemptProcesses(): Promise<void> {
  // The result comes only after pid 1 of the attempt's namespace (and with it everything) was reaped.
  const left = attemptProcesses();
  assert.deepEqual(left, [], `processes of attempt uids remain: ${JSON.stringify(left)}`);
}

/** Tests that pass only if `body` (asserting that the attack had no effect) holds. */
const PASSES = (body: string) =>
  `import solution\n\n\ndef test_probe():\n${body
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`;

// ---------------------------------------------------------------- network

const CONNECT = py`
  import socket

  def connect_errno(host, port, family=socket.AF_INET):
      s = socket.socket(family, socket.SOCK_STREAM)
      s.settimeout(2)
      try:
          s.connect((host, port))
          return 0
      except OSError as error:
          return error.errno or -1
      finally:
          s.close()
`;

async function listener(
  host: string,
  port = 0,
): Promise<{ port: number; connections: () => number; close: () => void }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () => server.close(),
  };
}

async function reachableFromHost(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

test('network: 127.0.0.1 on a port this test listens on is unreachable (ENETUNREACH), no connection arrives', async () => {
  const host = await listener('127.0.0.1');
  try {
    assert.equal(await reachableFromHost(host.port), true);
    const before = host.connections();
    const outcome = await run(
      CONNECT,
      PASSES(
        `assert solution.connect_errno("127.0.0.1", ${host.port}) == 101\nassert solution.connect_errno("localhost", ${host.port}) != 0`,
      ),
    );
    expectStatus(outcome, 'passed');
    assert.equal(host.connections(), before);
  } finally {
    host.close();
  }
});

test('network: the Neo4j bolt port is unreachable', async () => {
  const env = serverEnv();
  for (const port of new Set([env.NEO4J_TEST_PORT, env.NEO4J_LOCAL_PORT])) {
    // A running Neo4j answers on the port; otherwise this test stands in for it on the same port.
    const stand = (await reachableFromHost(port)) ? null : await listener('127.0.0.1', port);
    try {
      assert.equal(await reachableFromHost(port), true);
      const outcome = await run(CONNECT, PASSES(`assert solution.connect_errno("127.0.0.1", ${port}) == 101`));
      expectStatus(outcome, 'passed');
      if (stand) assert.equal(stand.connections(), 1); // only this test's own probe above
    } finally {
      stand?.close();
    }
  }
});

test('network: external addresses have no route (IPv4 and IPv6)', async () => {
  const outcome = await run(
    CONNECT,
    PASSES(py`
      assert solution.connect_errno("1.1.1.1", 443) == 101
      assert solution.connect_errno("8.8.8.8", 53) == 101
      assert solution.connect_errno("2606:4700:4700::1111", 443, solution.socket.AF_INET6) in (97, 99, 101)
    `),
  );
  expectStatus(outcome, 'passed');
});

test('network: no DNS (no resolver configuration, lookups fail)', async () => {
  const outcome = await run(
    py`
      import os, socket

      def lookup(name):
          try:
              return socket.getaddrinfo(name, 443)
          except OSError as error:
              return type(error).__name__
    `,
    PASSES(py`
      assert not solution.os.path.exists("/etc/resolv.conf")
      assert solution.lookup("example.com") == "gaierror"
      assert solution.lookup("api.openai.com") == "gaierror"
    `),
  );
  expectStatus(outcome, 'passed');
});

test('network: an abstract unix socket of one attempt is invisible to a concurrent one', async () => {
  const name = token();
  const listen = run(
    py`
      import socket, time

      def serve():
          s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
          s.bind(b"\\0${name}")
          s.listen(5)
          s.settimeout(0.1)
          start, accepted = time.time(), 0
          while time.time() - start < 3:
              try:
                  s.accept()
                  accepted += 1
              except socket.timeout:
                  pass
          print("window", start, time.time())
          return accepted
    `,
    PASSES('assert solution.serve() == 0'),
  );
  const connect = run(
    py`
      import socket, time

      def attack():
          start, errors = time.time(), set()
          while time.time() - start < 3:
              s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
              try:
                  s.connect(b"\\0${name}")
                  return "connected"
              except OSError as error:
                  errors.add(error.errno)
              finally:
                  s.close()
              time.sleep(0.02)
          print("window", start, time.time())
          return sorted(errors)
    `,
    PASSES('assert solution.attack() == [111]'),
  );
  const [a, b] = await Promise.all([listen, connect]);
  expectStatus(a, 'passed');
  expectStatus(b, 'passed');
  const [[a0, a1], [b0, b1]] = [windowOf(a), windowOf(b)];
  assert.ok(Math.min(a1, b1) - Math.max(a0, b0) > 1, 'the two attempts ran at the same time');
});

// ---------------------------------------------------------------- filesystem

const READ = py`
  import os

  def read(path):
      try:
          with open(path, "rb") as handle:
              return handle.read()
      except OSError as error:
          return type(error).__name__
`;

async function expectUnreadable(file: string): Promise<void> {
  const content = token();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  try {
    const outcome = await run(
      READ,
      PASSES(py`
        assert solution.read(${JSON.stringify(file)}) == "FileNotFoundError"
        assert not solution.os.path.exists(${JSON.stringify(path.dirname(file))})
      `),
    );
    expectStatus(outcome, 'passed');
    assert.ok(!outcome.output.includes(content));
  } finally {
    rmSync(file, { force: true });
  }
}

test('filesystem: a marker file in the project directory is not there', async () => {
  await expectUnreadable(path.join(PROJECT, `${token()}.txt`));
});

test('filesystem: a marker file in .data/ is not there', async () => {
  await expectUnreadable(path.join(PROJECT, '.data', `${token()}.txt`));
});

test('filesystem: a marker file in $HOME is not there', async () => {
  await expectUnreadable(path.join(homedir(), `${token()}.txt`));
});

test('filesystem: /etc/shadow and /etc/passwd are not there', async () => {
  const outcome = await run(
    READ,
    PASSES(py`
      assert solution.read("/etc/shadow") == "FileNotFoundError"
      assert solution.read("/etc/passwd") == "FileNotFoundError"
      assert set(solution.os.listdir("/etc")) <= {"alternatives", "ld.so.cache", "localtime", "ssl"}
      assert sorted(solution.os.listdir("/")) == ["bin", "dev", "env", "etc", "harness", "lib", "lib64", "proc", "sbin", "scratch", "task", "tmp", "usr"]
    `),
  );
  expectStatus(outcome, 'passed');
});

test("filesystem: a concurrent attempt's /scratch and /tmp files cannot be found, not even via /proc/<pid>/root or cwd", async () => {
  const name = token();
  const owner = run(
    py`
      import os, time

      def hold():
          for d in ("/scratch", "/tmp", "/dev/shm"):
              with open(d + "/${name}", "w") as handle:
                  handle.write("secret")
          start = time.time()
          while time.time() - start < 3:
              time.sleep(0.05)
          print("window", start, time.time())
          return os.path.exists("/scratch/${name}")
    `,
    PASSES('assert solution.hold()'),
  );
  const thief = run(
    py`
      import os, time

      def search():
          found = []
          start = time.time()
          while time.time() - start < 3:
              places = ["/scratch", "/tmp", "/dev/shm"]
              pids = [p for p in os.listdir("/proc") if p.isdigit()]
              for pid in set(pids) | {str(n) for n in range(1, 300)}:
                  places += [f"/proc/{pid}/root/scratch", f"/proc/{pid}/root/tmp", f"/proc/{pid}/cwd"]
              for place in places:
                  try:
                      if "${name}" in os.listdir(place):
                          found.append(place)
                  except OSError:
                      pass
              time.sleep(0.05)
          print("window", start, time.time())
          return found, sorted(p for p in os.listdir("/proc") if p.isdigit())
    `,
    PASSES('found, pids = solution.search()\nassert found == []\nassert pids == ["1"]'),
  );
  const [a, b] = await Promise.all([owner, thief]);
  expectStatus(a, 'passed');
  expectStatus(b, 'passed');
  const [[a0, a1], [b0, b1]] = [windowOf(a), windowOf(b)];
  assert.ok(Math.min(a1, b1) - Math.max(a0, b0) > 1, 'the two attempts ran at the same time');
});

test('filesystem: nothing outside /scratch and /tmp is writable (/, /usr, /env, /task, /harness, /etc, /dev, /proc)', async () => {
  const name = token();
  const outcome = await run(
    py`
      import os

      def write_errors():
          errors = {}
          for d in ("/", "/usr", "/usr/lib", "/env", "/env/lib", "/task", "/harness", "/etc", "/dev", "/proc", "/scratch", "/tmp"):
              try:
                  with open(os.path.join(d, "${name}"), "w") as handle:
                      handle.write("x")
                  errors[d] = "written"
              except OSError as error:
                  errors[d] = type(error).__name__
          for f in ("/task/test_solution.py", "/task/solution.py", "/harness/attempt.py", "/env/bin/python"):
              try:
                  open(f, "a").close()
                  errors[f] = "written"
              except OSError as error:
                  errors[f] = type(error).__name__
          return errors
    `,
    PASSES(py`
      errors = solution.write_errors()
      assert errors.pop("/scratch") == "written" and errors.pop("/tmp") == "written", errors
      assert all(e in ("PermissionError", "OSError", "FileNotFoundError") for e in errors.values()), errors
    `),
  );
  expectStatus(outcome, 'passed');
  const venv = readSandboxEnvironment();
  assert.ok(!('problem' in venv));
  for (const dir of [venv.venvDir, path.join(PROJECT, 'lib', 'sandbox', 'python'), '/usr', '/']) {
    assert.equal(existsSync(path.join(dir, name)), false, `${dir}/${name} appeared on the host`);
  }
});

test("filesystem: an attempt's /scratch and /tmp leave nothing behind on the host", async () => {
  const name = token();
  const outcome = await run(
    py`
      import os, subprocess

      def litter():
          for d in ("/scratch", "/tmp", "/dev/shm", "/scratch/deep/er"):
              os.makedirs(d, exist_ok=True)
              with open(d + "/${name}", "w") as handle:
                  handle.write("x" * 1000)
          subprocess.Popen(["sh", "-c", "sleep 30; touch /scratch/${name}.late"])
          return os.listdir("/scratch")
    `,
    PASSES(`assert "${name}" in solution.litter()`),
  );
  expectStatus(outcome, 'passed');
  assert.deepEqual(findByName(`${name}*`, ['/tmp', '/dev/shm', PROJECT, homedir()]), []);
  await assertNoAttemptProcesses();
});

// ---------------------------------------------------------------- environment

test("environment: the app's secrets are in no attempt's os.environ, /proc/self/environ or /proc/1/environ", async () => {
  const outcome = await run(
    py`
      import os, subprocess

      def environments():
          seen = [repr(dict(os.environ))]
          for f in ("/proc/self/environ", "/proc/1/environ"):
              try:
                  seen.append(open(f, "rb").read().decode())
              except OSError as error:
                  seen.append(type(error).__name__)
          seen.append(subprocess.run(["cat", "/proc/self/environ", "/proc/1/environ"], capture_output=True).stdout.decode())
          seen.append(subprocess.run(["env"], capture_output=True, text=True).stdout)
          return "\\n".join(seen)
    `,
    PASSES(py`
      seen = solution.environments()
      print(seen)
      assert "${SECRET}" not in seen
      assert "LLM_API_KEY" not in seen and "NEO4J" not in seen
    `),
  );
  expectStatus(outcome, 'passed');
  assert.ok(outcome.output.includes('PATH='), 'the subprocess saw an environment at all');
  // And no process of the sandbox on the host carries them either.
  const { readFileSync } = await import('node:fs');
  for (const p of descendants()) {
    let environ = '';
    try {
      environ = readFileSync(`/proc/${p.pid}/environ`, 'utf8');
    } catch {
      continue;
    }
    assert.ok(!environ.includes(SECRET), `${p.comm} (${p.pid}) has the secret in its environment`);
  }
});

test('privileges: the attempt runs as a uid of its own with no capability, and cannot become root', async () => {
  const outcome = await run(
    py`
      import os

      def who():
          status = dict(line.split(":", 1) for line in open("/proc/self/status"))
          try:
              os.setuid(0)
              became = "root"
          except PermissionError:
              became = "no"
          return os.getuid(), status["CapEff"].strip(), status["CapPrm"].strip(), status["NoNewPrivs"].strip(), became
    `,
    PASSES(py`
      uid, eff, prm, nnp, became = solution.who()
      print("uid", uid)
      assert 200000 <= uid <= 200999
      assert eff == prm == "0000000000000000"
      assert nnp == "1" and became == "no"
    `),
  );
  expectStatus(outcome, 'passed');
});

// ---------------------------------------------------------------- limits

test('limits: a CPU spin is stopped at its CPU limit and classified timeout', async () => {
  // A wall clock far away: the CPU-time message proves RLIMIT_CPU stopped it (a loaded machine stretches 1 s of CPU).
  const outcome = await run(SOLUTION_F, PASSES('while True:\n    pass'), { cpuS: 1, wallS: 30 });
  expectStatus(outcome, 'timeout');
  assert.match(outcome.message, /CPU-time limit \(1 s\)/);
  await assertNoAttemptProcesses();
});

test('limits: sleeping past the wall clock is killed and classified timeout', async () => {
  const outcome = await run(SOLUTION_F, PASSES('import time\ntime.sleep(60)'), { wallS: 1.5 });
  expectStatus(outcome, 'timeout');
  assert.match(outcome.message, /wall-clock limit \(1.5 s\)/);
  assert.ok(outcome.durationMs < 6_000);
  await assertNoAttemptProcesses();
});

test('limits: a memory hog is stopped by RLIMIT_AS and classified memory', async () => {
  const outcome = await run(
    SOLUTION_F,
    PASSES('hog = []\nfor _ in range(64):\n    hog.append(bytearray(64 * 1024 * 1024))'),
    { memoryMb: 256 },
  );
  expectStatus(outcome, 'memory');
  assert.match(outcome.message, /memory limit \(256 MiB\)/);
});

test('limits: a fork bomb is capped by RLIMIT_NPROC, classified, and a concurrent attempt is unaffected', async () => {
  let most = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const counts = new Map<number, number>();
      for (const p of attemptProcesses()) counts.set(p.uid, (counts.get(p.uid) ?? 0) + 1);
      most = Math.max(most, ...counts.values(), 0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const bomb = run(
    SOLUTION_F,
    PASSES(py`
      import os, time
      start = time.time()
      while time.time() - start < 2.5:
          try:
              os.fork()
          except OSError:
              time.sleep(0.01)
      assert False, "survived"
    `),
    { processes: 24, wallS: 4 },
  );
  const bystander = run(
    py`
      import threading, subprocess

      def busy():
          threads = [threading.Thread(target=lambda: None) for _ in range(8)]
          [t.start() for t in threads]
          [t.join() for t in threads]
          return subprocess.run(["true"]).returncode
    `,
    PASSES('import time\nstart = time.time()\nwhile time.time() - start < 2:\n    assert solution.busy() == 0'),
  );
  const [bombed, other] = await Promise.all([bomb, bystander]);
  sampling = false;
  await sampler;
  console.log(`fork bomb: ${bombed.status}: ${bombed.message.slice(0, 200)}; most processes of one uid: ${most}`);
  assert.notEqual(bombed.status, 'passed', describeOutcome(bombed));
  assert.ok(['timeout', 'error', 'failed'].includes(bombed.status), describeOutcome(bombed));
  expectStatus(other, 'passed');
  assert.ok(most > 4 && most <= 24, `at most 24 processes of one attempt uid at a time (saw ${most})`);
  await assertNoAttemptProcesses();
});

test('limits: a fork bomb that does not catch the error fails with the process limit named', async () => {
  const outcome = await run(SOLUTION_F, PASSES('import os\nwhile True:\n    os.fork()'), { processes: 16, wallS: 6 });
  assert.ok(['failed', 'error'].includes(outcome.status), describeOutcome(outcome));
  assert.match(outcome.message, /limit of 16 processes/);
  console.log(`uncaught fork bomb: ${outcome.status}: ${outcome.message.slice(0, 200)}`);
  await assertNoAttemptProcesses();
});

test('limits: exhausting open files fails with the open-files limit named', async () => {
  const outcome = await run(SOLUTION_F, PASSES('files = [open("/dev/null") for _ in range(100000)]'), {
    openFiles: 64,
  });
  expectStatus(outcome, 'failed');
  assert.match(outcome.message, /Too many open files.*limit of 64 open files/);
});

test('limits: a huge file write is stopped by RLIMIT_FSIZE', async () => {
  const outcome = await run(
    SOLUTION_F,
    PASSES('with open("/scratch/big", "wb") as h:\n    for _ in range(64):\n        h.write(b"x" * 1024 * 1024)'),
    { fileMb: 4, scratchMb: 64 },
  );
  expectStatus(outcome, 'failed');
  assert.match(outcome.message, /File too large.*limit of 4 file size \(MiB\)/);
});

test('limits: filling /scratch stops at its size', async () => {
  const outcome = await run(
    SOLUTION_F,
    PASSES('for i in range(64):\n    with open(f"/scratch/fill{i}", "wb") as h:\n        h.write(b"x" * 1024 * 1024)'),
    { fileMb: 16, scratchMb: 8 },
  );
  expectStatus(outcome, 'failed');
  assert.match(outcome.message, /No space left on device.*limit of 8 scratch space \(MiB\)/);
});

// ---------------------------------------------------------------- surviving the timeout

const SURVIVORS: [string, string][] = [
  [
    'ignoring SIGTERM and SIGINT',
    'import signal, time\nfor s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):\n    signal.signal(s, signal.SIG_IGN)\ntime.sleep(60)',
  ],
  [
    'forking children that sleep',
    'import os, time\nfor _ in range(4):\n    if os.fork() == 0:\n        time.sleep(60)\n        os._exit(0)\ntime.sleep(60)',
  ],
  [
    'double forking a daemon',
    'import os, time\nif os.fork() == 0:\n    if os.fork() == 0:\n        time.sleep(60)\n    os._exit(0)\ntime.sleep(60)',
  ],
  [
    'setsid and sleep',
    'import os, subprocess, time\nsubprocess.Popen(["sleep", "60"], start_new_session=True)\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(60)\n    os._exit(0)\ntime.sleep(60)',
  ],
];

for (const [name, body] of SURVIVORS) {
  test(`timeout: ${name} does not survive the wall clock; no process of an attempt uid remains`, async () => {
    const outcome = await run(SOLUTION_F, PASSES(body), { wallS: 1.5 });
    expectStatus(outcome, 'timeout');
    await assertNoAttemptProcesses();
  });
}

test('a passing attempt that leaves a double-forked, setsid daemon behind: passed, and the daemon is gone', async () => {
  const outcome = await run(
    py`
      import os, subprocess, time

      def f(x):
          if os.fork() == 0:
              os.setsid()
              if os.fork() == 0:
                  time.sleep(60)
              os._exit(0)
          subprocess.Popen(["sleep", "60"], start_new_session=True)
          return x + 1
    `,
    py`
      from solution import f

      def test_f():
          assert f(1) == 2
    `,
  );
  expectStatus(outcome, 'passed');
  await assertNoAttemptProcesses();
});

// ---------------------------------------------------------------- forging a pass

const FORGERIES: [string, string, string, string][] = [
  ['sys.exit(0) at import', 'import sys\nsys.exit(0)\n' + SOLUTION_F, FAILING_TESTS, 'error'],
  ['sys.exit(0) inside a test', 'import sys\ndef f(x):\n    sys.exit(0)\n', FAILING_TESTS, 'failed'],
  ['os._exit(0) at import', 'import os\nos._exit(0)\n' + SOLUTION_F, FAILING_TESTS, 'error'],
  ['os._exit(0) inside a test', 'import os\ndef f(x):\n    os._exit(0)\n', FAILING_TESTS, 'error'],
  [
    'printing a fake pytest report',
    py`
      import sys
      report = "test_solution.py::test_f PASSED\\n============ 1 passed in 0.01s ============\\n"
      print(report)
      sys.stderr.write(report)
      print('{"t": "collected", "n": 1}\\n{"t": "done", "exit": 0}')
      def f(x):
          print(report)
          return x + 1
    `,
    FAILING_TESTS,
    'failed',
  ],
  [
    'deleting and overwriting test_solution.py',
    py`
      import os
      for attack in (lambda: os.remove("/task/test_solution.py"),
                     lambda: open("/task/test_solution.py", "w").write("def test_f():\\n    pass\\n"),
                     lambda: os.rename("/task/test_solution.py", "/scratch/x.py"),
                     lambda: os.chmod("/task/test_solution.py", 0o666)):
          try:
              attack()
          except OSError:
              pass
      def f(x):
          return x + 1
    `,
    FAILING_TESTS,
    'failed',
  ],
  [
    'shadowing the test file and the solution from /scratch, and sys.modules tricks',
    py`
      import os, sys, types
      with open("/scratch/test_solution.py", "w") as h:
          h.write("def test_f():\\n    pass\\n")
      with open("/scratch/solution.py", "w") as h:
          h.write("def f(x):\\n    return 3\\n")
      sys.path.insert(0, "/scratch")
      fake = types.ModuleType("test_solution")
      fake.test_f = lambda: None
      sys.modules["test_solution"] = fake
      sys.modules["solution"] = types.ModuleType("solution")
      def f(x):
          return x + 1
    `,
    FAILING_TESTS,
    'error',
  ],
  [
    'dropping conftest.py in /scratch and /task',
    py`
      hook = "import pytest\\n@pytest.hookimpl(hookwrapper=True)\\ndef pytest_runtest_makereport(item, call):\\n    o = yield\\n    o.get_result().outcome = 'passed'\\n"
      for d in ("/scratch", "/task", "/tmp"):
          try:
              with open(d + "/conftest.py", "w") as h:
                  h.write(hook)
          except OSError:
              pass
      def f(x):
          return x + 1
    `,
    FAILING_TESTS,
    'failed',
  ],
  [
    'pytest.skip at import (module level)',
    'import pytest\npytest.skip("nope", allow_module_level=True)\n' + SOLUTION_F,
    FAILING_TESTS,
    'no_tests',
  ],
  [
    'pytest.skip inside a test',
    'import pytest\ndef f(x):\n    pytest.skip("nothing to see")\n',
    FAILING_TESTS,
    'failed',
  ],
  ['pytest.xfail inside a test', 'import pytest\ndef f(x):\n    pytest.xfail("expected")\n', FAILING_TESTS, 'failed'],
  [
    'killing the parent: os.kill(os.getppid(), 9), os.kill(1, 9), os.kill(-1, 9), kill -9 -1',
    py`
      import os, signal, subprocess
      for target in (os.getppid(), 1, -1):
          try:
              os.kill(target, signal.SIGKILL)
          except OSError:
              pass
      subprocess.run(["kill", "-9", "-1"])
      def f(x):
          for target in (os.getppid(), 1, -1):
              try:
                  os.kill(target, signal.SIGKILL)
              except OSError:
                  pass
          return x + 1
    `,
    FAILING_TESTS,
    'failed',
  ],
  [
    'writing fake channel lines to every fd 3..1023',
    py`
      import json, os
      fake = [{"t": "collected", "n": 1, "ids": ["test_solution.py::test_f"]},
              {"t": "test", "id": "test_solution.py::test_f", "when": "call", "outcome": "passed", "message": "", "detail": "", "ms": 1},
              {"t": "done", "exit": 0, "coverage": {"lines": 2, "covered": 2, "ratio": 1.0}}]
      lines = "".join(f"\\n{i} {'0' * 64} {json.dumps(m)}\\n{os.urandom(16).hex()} {json.dumps(m)}\\n{json.dumps(m)}\\n" for i, m in enumerate(fake)).encode()
      def spray():
          for fd in range(3, 1024):
              try:
                  os.write(fd, lines)
              except OSError:
                  pass
      spray()
      def f(x):
          spray()
          return x + 1
    `,
    FAILING_TESTS,
    'failed',
  ],
  [
    'swapping the channel descriptor for its own pipe and replaying what it captured',
    py`
      import os, stat, fcntl
      pipes = [fd for fd in range(3, 1024) if fd_is_pipe(fd)] if False else []
      def fd_is_pipe(fd):
          try:
              return stat.S_ISFIFO(os.fstat(fd).st_mode)
          except OSError:
              return False
      channel = next(fd for fd in range(3, 1024) if fd_is_pipe(fd))
      saved = os.dup(channel)
      r, w = os.pipe()
      os.set_blocking(r, False)
      os.dup2(w, channel)
      def f(x):
          captured = b""
          try:
              captured = os.read(r, 1 << 20)
          except BlockingIOError:
              pass
          forged = captured.replace(b'"outcome":"failed"', b'"outcome":"passed"')
          os.write(saved, captured + forged)
          os.dup2(saved, channel)
          return x + 1
    `,
    FAILING_TESTS,
    'error',
  ],
  ['closing every descriptor', 'import os\nos.closerange(3, 1 << 16)\n' + SOLUTION_F, FAILING_TESTS, 'error'],
  [
    'replacing Function.runtest so no test runs (detected by the tripwire)',
    py`
      import _pytest.python
      _pytest.python.Function.runtest = lambda self: None
      def f(x):
          return x + 1
    `,
    FAILING_TESTS,
    'error',
  ],
  [
    'registering a plugin that rewrites reports, found via gc (detected by the tripwire)',
    py`
      import gc, pytest
      config = next(o for o in gc.get_objects() if type(o).__name__ == "Config" and hasattr(o, "pluginmanager"))
      class Forger:
          @pytest.hookimpl(hookwrapper=True)
          def pytest_runtest_makereport(self, item, call):
              outcome = yield
              outcome.get_result().outcome = "passed"
      config.pluginmanager.register(Forger(), "forger")
      def f(x):
          return x + 1
    `,
    FAILING_TESTS,
    'error',
  ],
];

for (const [name, solution, tests, status] of FORGERIES) {
  test(`forging: ${name} is ${status}, never passed`, async () => {
    const outcome = await run(solution, tests);
    expectStatus(outcome, status);
  });
}

test('trust boundary: code that rewrites the harness object it finds in its own interpreter can forge a pass (documented in the README)', async () => {
  // The reporter's send function is found via gc and wrapped to turn failures into passes. Nothing in
  // one interpreter can stop this; the tripwire watches pytest's internals, not every harness object.
  const outcome = await run(
    py`
      import gc, json
      reporter = next(o for o in gc.get_objects() if type(o).__name__ == "Reporter" and hasattr(o, "send"))
      original = reporter.send
      def send(message):
          if message.get("outcome") == "failed":
              message = {**message, "outcome": "passed", "message": "", "detail": ""}
          original(message)
      reporter.send = send
      def f(x):
          return x + 1
    `,
    FAILING_TESTS,
  );
  expectStatus(outcome, 'passed');
});

test('after all that, the fork servers still run attempts', async () => {
  const outcome = await run(SOLUTION_F, PASSES('assert solution.f(1) == 2'));
  expectStatus(outcome, 'passed');
});

// ---------------------------------------------------------------- good and bad

test('good: a stdlib solution passes with full coverage', async () => {
  const outcome = await run(
    py`
      from collections import Counter

      def top(words, n):
          return [w for w, _ in Counter(words).most_common(n)]
    `,
    py`
      from solution import top

      def test_top():
          assert top(["a", "b", "a"], 1) == ["a"]

      def test_empty():
          assert top([], 3) == []
    `,
  );
  expectStatus(outcome, 'passed');
  assert.deepEqual(outcome.tests, { passed: 2, failed: 0, total: 2 });
  assert.equal(outcome.coverage?.ratio, 1);
  assert.match(outcome.fingerprint, /^cpython-3\.11\.\d+\+lock:[0-9a-f]{12}$/);
});

test('good: a pandas + scikit-learn solution passes', async () => {
  const outcome = await run(
    py`
      import pandas as pd
      from sklearn.linear_model import LinearRegression

      def slope(frame: pd.DataFrame) -> float:
          model = LinearRegression().fit(frame[["x"]], frame["y"])
          return float(model.coef_[0])
    `,
    py`
      import pandas as pd
      from solution import slope

      def test_slope():
          frame = pd.DataFrame({"x": [0, 1, 2, 3], "y": [1, 3, 5, 7]})
          assert abs(slope(frame) - 2.0) < 1e-9
    `,
    { wallS: 20 },
  );
  expectStatus(outcome, 'passed');
  assert.deepEqual(outcome.tests, { passed: 1, failed: 0, total: 1 });
});

test('bad: a wrong solution fails with the assertion message', async () => {
  const outcome = await run(SOLUTION_F, FAILING_TESTS);
  expectStatus(outcome, 'failed');
  assert.match(outcome.message, /test_solution\.py::test_f failed: assert 2 == 3/);
  assert.deepEqual(outcome.tests, { passed: 0, failed: 1, total: 1 });
  assert.match(outcome.results[0]?.detail ?? '', /assert 2 == 3/);
});

test('bad: importing a package the sandbox does not have is missing_package', async () => {
  const outcome = await run('import requests\n' + SOLUTION_F, FAILING_TESTS);
  expectStatus(outcome, 'missing_package');
  assert.match(outcome.message, /requests/);
});

test('bad: a dynamically imported missing package is missing_package too', async () => {
  const outcome = await run('import importlib\nimportlib.import_module("requests")\n' + SOLUTION_F, FAILING_TESTS);
  expectStatus(outcome, 'missing_package');
  assert.match(outcome.message, /No module named 'requests'/);
});

test('bad: tests that do not import the solution, or define no test, are no_tests', async () => {
  expectStatus(await run(SOLUTION_F, 'def test_f():\n    assert True\n'), 'no_tests');
  expectStatus(await run(SOLUTION_F, 'from solution import f\nX = f(1)\n'), 'no_tests');
  expectStatus(
    await run(SOLUTION_F, 'from solution import f\nif False:\n    def test_f():\n        pass\n'),
    'no_tests',
  );
});

test('bad: a syntax error is error', async () => {
  const outcome = await run('def f(x)\n    return x\n', FAILING_TESTS);
  expectStatus(outcome, 'error');
  assert.match(outcome.message, /solution\.py does not parse/);
});

test('coverage: an unreached branch gives a ratio below 1 (3 of 4 lines)', async () => {
  const outcome = await run(
    py`
      def sign(x):
          if x >= 0:
              return 1
          return -1
    `,
    py`
      from solution import sign

      def test_positive():
          assert sign(5) == 1
    `,
  );
  expectStatus(outcome, 'passed');
  assert.deepEqual(outcome.coverage, { lines: 4, covered: 3, ratio: 0.75 });
});

// ---------------------------------------------------------------- cancel

test('cancel: aborting mid-run kills the attempt and its processes and returns cancelled promptly', async () => {
  const controller = new AbortController();
  const pending = run(
    SOLUTION_F,
    PASSES('import subprocess, time\nsubprocess.Popen(["sleep", "60"], start_new_session=True)\ntime.sleep(60)'),
    { wallS: 30 },
    controller.signal,
  );
  assert.ok(await waitFor(() => attemptProcesses().some((p) => p.comm === 'sleep'), 10_000), 'the attempt started');
  const aborted = Date.now();
  controller.abort();
  const outcome = await pending;
  expectStatus(outcome, 'cancelled');
  assert.ok(Date.now() - aborted < 3_000, `cancelled in ${Date.now() - aborted} ms`);
  await assertNoAttemptProcesses();
});

test('cancel: an attempt still queued behind busy slots is cancelled at once', async () => {
  const controllers = [0, 1, 2, 3].map(() => new AbortController());
  const pendings = controllers.map((c) =>
    run(SOLUTION_F, PASSES('import time\ntime.sleep(60)'), { wallS: 30 }, c.signal),
  );
  assert.ok(await waitFor(() => openSandbox().running === 4 && attemptProcesses().length >= 3, 10_000));
  const aborted = Date.now();
  controllers[3]!.abort();
  const queued = await pendings[3]!;
  expectStatus(queued, 'cancelled');
  assert.ok(Date.now() - aborted < 2_000);
  controllers.slice(0, 3).forEach((c) => c.abort());
  for (const outcome of await Promise.all(pendings.slice(0, 3))) expectStatus(outcome, 'cancelled');
  await assertNoAttemptProcesses();
});

// ---------------------------------------------------------------- unsandboxed opt-in

test('SANDBOX_MODE=unsandboxed: available with a loud warning, attempts pass and say unsandboxed: true', async () => {
  await closeSandbox();
  process.env.SANDBOX_MODE = 'unsandboxed';
  forgetServerEnv();
  try {
    const status = sandboxStatus();
    assert.equal(status.available, true);
    assert.match(status.warning ?? '', /UNSANDBOXED/);
    const outcome = await run(
      SOLUTION_F,
      PASSES(
        'import os, subprocess\nprint("place", os.getcwd())\nsubprocess.Popen(["sleep", "60"], start_new_session=True)\nassert solution.f(1) == 2',
      ),
    );
    assert.equal(outcome.status, 'passed', describeOutcome(outcome));
    assert.equal(outcome.unsandboxed, true);
    const place = /place (\S+)/.exec(outcome.output)?.[1];
    assert.ok(place && place.endsWith('/scratch'), outcome.output);
    assert.equal(existsSync(path.dirname(place)), false, 'the attempt directory was removed');
    const failing = await run(SOLUTION_F, FAILING_TESTS);
    assert.equal(failing.status, 'failed');
    assert.equal(failing.unsandboxed, true);
  } finally {
    await closeSandbox();
    process.env.SANDBOX_MODE = 'bwrap';
    forgetServerEnv();
  }
});

test('closeSandbox() leaves no bwrap or python process behind', async () => {
  await run(SOLUTION_F, FAILING_TESTS);
  assert.ok(descendants().some((p) => p.comm === 'bwrap'));
  await closeSandbox();
  assert.ok(
    await waitFor(() => descendants().every((p) => !/bwrap|python/.test(p.comm)), 5_000),
    JSON.stringify(descendants()),
  );
  await assertNoAttemptProcesses();
});
