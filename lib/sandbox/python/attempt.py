"""One attempt's run, in a process that is already alone in its namespaces (see zygote.py).

Sandboxed, it runs as pid 1 of a fresh pid namespace, with its own mount, network and IPC namespaces,
and drops to the attempt's own uid before any of the attempt's code is imported. Per-test outcomes go
to a channel: a pipe opened by the supervisor before this process existed, moved to a random,
unadvertised descriptor (close-on-exec) and never named in the environment. Every message carries a
sequence number and an HMAC whose key never leaves memory, so lines written by the code under test
(even after it finds or swaps the descriptor) are dropped or break the sequence. stdout and stderr are
only kept as output.
"""
import builtins
import ctypes
import hmac
import json
import os
import resource
import sys

import _pytest.main
import _pytest.python
import _pytest.reports
import _pytest.runner
import pytest

import checks
import codegraph
import programs

LIBC = ctypes.CDLL(None, use_errno=True)
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT = 1, 2, 4, 8, 32
PR_SET_DUMPABLE = 4
HARNESS = os.path.dirname(os.path.abspath(__file__))
# The channel's descriptor is drawn from this range; everything else above 2 is closed before the attempt runs.
CHANNEL_FDS = (300, 900)


def mount(source, target, fstype, flags=0, data=None):
    result = LIBC.mount(
        source.encode() if source else None,
        target.encode(),
        fstype.encode() if fstype else None,
        ctypes.c_ulong(flags),
        data.encode() if data else None,
    )
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"mount {target}: {os.strerror(errno)}")


# Plugins that only cost time here (outcomes go over the channel, not through the terminal report).
DISABLED_PLUGINS = (
    "cacheprovider",
    "pastebin",
    "junitxml",
    "debugging",
    "unraisableexception",
    "threadexception",
    "terminal",
    "logging",
    "faulthandler",
    "stepwise",
    "legacypath",
    "setuponly",
    "setupplan",
    "doctest",
    "nose",
)


def pytest_args(task_dir):
    args = [
        task_dir + "/test_solution.py",
        "-s",  # no capture: the supervisor keeps stdout and stderr of the whole process
        "--noconftest",
        "-c",
        HARNESS + "/pytest.ini",
        "--rootdir",
        task_dir,
        "--import-mode=importlib",
    ]
    for plugin in DISABLED_PLUGINS:
        args += ["-p", "no:" + plugin]
    return args


def channel_sender(fd, mac):
    """send(message): one authenticated line; the key lives only inside `mac` (an OpenSSL HMAC state)."""
    counter = [0]

    def send(message):
        body = json.dumps(message, separators=(",", ":"))
        seq = counter[0]
        counter[0] += 1
        tag = mac.copy()
        tag.update(f"{seq} {body}".encode())
        # The leading newline ends any partial line someone else left in the pipe.
        view = memoryview(f"\n{seq} {tag.hexdigest()} {body}\n".encode())
        while view:
            view = view[os.write(fd, view) :]

    return send


def short(text, limit=2000):
    text = str(text)
    return text if len(text) <= limit else text[: limit // 2] + "\n…\n" + text[-limit // 2 :]


# What the code under test would have to replace to make a test pass without running it. Checked at
# every report: a tripwire, not a boundary (code in this interpreter can defeat the check too).
WATCHED = [
    (_pytest.python.Function, "runtest"),
    (_pytest.python, "pytest_pyfunc_call"),
    (_pytest.runner, "call_and_report"),
    (_pytest.runner, "runtestprotocol"),
    (_pytest.runner, "pytest_runtest_makereport"),
    (_pytest.runner.CallInfo, "from_call"),
    (_pytest.reports.TestReport, "from_item_and_call"),
    (_pytest.main, "pytest_runtestloop"),
    (builtins, "AssertionError"),
]
WATCHED_HOOKS = (
    "pytest_runtest_protocol",
    "pytest_runtest_call",
    "pytest_pyfunc_call",
    "pytest_runtest_makereport",
    "pytest_runtest_logreport",
    "pytest_report_teststatus",
    "pytest_collection_modifyitems",
    "pytest_collectreport",
    "pytest_collection_finish",
)


class Reporter:
    """The pytest plugin that reports collection and every test's outcome over the channel."""

    def __init__(self, send, cov):
        self.send = send
        self.cov = cov
        self.measuring = False
        self.originals = [(owner, name, owner.__dict__[name]) for owner, name in WATCHED]
        self.hooks = None
        self.tampered = None

    def snapshot_hooks(self, config):
        hook = config.pluginmanager.hook
        return tuple(tuple(impl.function for impl in getattr(hook, name).get_hookimpls()) for name in WATCHED_HOOKS)

    def check(self, config):
        if self.tampered:
            return
        for owner, name, original in self.originals:
            if owner.__dict__.get(name) is not original:
                self.tampered = f"{getattr(owner, '__name__', owner)}.{name} was replaced"
        if self.hooks is not None and self.snapshot_hooks(config) != self.hooks:
            self.tampered = "a pytest hook or plugin was added or removed while the tests ran"
        if self.tampered:
            self.send({"t": "tampered", "what": self.tampered})

    @pytest.hookimpl(tryfirst=True)
    def pytest_collectstart(self, collector):
        # Coverage starts as the test module is collected (it imports the solution), not during pytest's own start.
        if not self.measuring and isinstance(collector, pytest.Module):
            self.measuring = True
            self.hooks = self.snapshot_hooks(collector.config)
            self.cov.start()

    def pytest_collectreport(self, report):
        if report.failed:
            self.send({"t": "collect_error", "message": short(report.longreprtext)})

    def pytest_collection_finish(self, session):
        self.check(session.config)
        self.send({"t": "collected", "n": len(session.items), "ids": [i.nodeid for i in session.items]})

    def pytest_runtest_logreport(self, report):
        if report.when == "call" or report.failed or report.skipped:
            if report.when != "call" and report.passed:
                return
            outcome = report.outcome
            message = ""
            if report.failed:
                crash = getattr(report.longrepr, "reprcrash", None)
                message = crash.message if crash is not None else report.longreprtext
            self.send(
                {
                    "t": "test",
                    "id": report.nodeid,
                    "when": report.when,
                    "outcome": outcome,
                    "message": short(message, 1000),
                    "detail": short(report.longreprtext, 4000) if report.failed else "",
                    "ms": round(report.duration * 1000, 2),
                }
            )

    def pytest_sessionfinish(self, session):
        self.check(session.config)


def set_limits(limits, sandboxed):
    cpu = max(1, int(limits["cpuS"]))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    with open("/proc/self/status") as status:
        vm = next(int(line.split()[1]) for line in status if line.startswith("VmSize:")) * 1024
    memory = vm + limits["memoryMb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    if sandboxed:
        # Counted per real uid: only meaningful for the attempt's own uid (unsandboxed it would count the app's processes).
        resource.setrlimit(resource.RLIMIT_NPROC, (limits["processes"], limits["processes"]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits["openFiles"], limits["openFiles"]))
    size = limits["fileMb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def write_task(task, task_dir):
    files = [("solution.py", task["solution"]), ("test_solution.py", task["tests"])]
    if task.get("mode") == "calls":
        spec = {key: task[key] for key in ("entry", "inputs", "outputLimit", "perCallS") if key in task}
        files.append(("inputs.json", json.dumps(spec)))
    for name, source in files:
        with open(task_dir + "/" + name, "w") as handle:
            handle.write(source)
        os.chmod(task_dir + "/" + name, 0o444)
    # Extra files (a codebase the solution imports) go under lib/, on sys.path, read-only like the rest.
    extra = task.get("libFiles") or []
    if extra:
        lib = task_dir + "/lib"
        os.mkdir(lib, 0o755)
        for item in extra:
            parts = item["path"].split("/")
            if item["path"].startswith("/") or any(part in ("", ".", "..") for part in parts):
                raise ValueError(f"bad task file path {item['path']!r}")
            folder = lib
            for part in parts[:-1]:
                folder += "/" + part
                if not os.path.isdir(folder):
                    os.mkdir(folder, 0o755)
            with open(folder + "/" + parts[-1], "w") as handle:
                handle.write(item["content"])
            os.chmod(folder + "/" + parts[-1], 0o444)
        for root, dirs, _ in os.walk(lib):
            for name in dirs:
                os.chmod(os.path.join(root, name), 0o555)
        os.chmod(lib, 0o555)


def task_size_mb(task):
    """The /task tmpfs: 8 MiB for the solution and tests, plus room for the task's files."""
    extra = sum(len(item["content"].encode()) + 4096 for item in task.get("libFiles") or [])
    return 8 + (extra + (1 << 20) - 1) // (1 << 20) * 2


def prepare(task, uid):
    """As root in the attempt's own namespaces: private /proc, /task, /scratch, /tmp, /dev/shm."""
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    scratch_mb = task["limits"]["scratchMb"]
    mount("tmpfs", "/task", "tmpfs", MS_NOSUID | MS_NODEV, f"size={task_size_mb(task)}m,mode=0755")
    write_task(task, "/task")
    mount(None, "/task", None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    owner = f"uid={uid},gid={uid}"
    mount("tmpfs", "/scratch", "tmpfs", MS_NOSUID | MS_NODEV, f"size={scratch_mb}m,mode=0700,{owner}")
    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={scratch_mb}m,mode=0700,{owner}")
    if os.path.isdir("/dev/shm"):
        mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, f"size=16m,mode=0700,{owner}")


def run(task, uid, channel_fd, output_fd, mac, cov, place):
    """Never returns: runs the attempt and exits. `place` is None in the sandbox, else the
    unsandboxed attempt's own directory (task/, scratch/, tmp/ under it)."""
    sandboxed = place is None
    task_dir, scratch, tmp = ("/task", "/scratch", "/tmp") if sandboxed else (place + "/task", place + "/scratch", place + "/tmp")
    try:
        if sandboxed:
            prepare(task, uid)
        else:
            os.setsid()  # its own process group, killed as one at the end
            write_task(task, task_dir)
        # The channel moves to a descriptor nothing names; stdin is empty; stdout/stderr are the output.
        secret = os.dup2(channel_fd, CHANNEL_FDS[0] + int.from_bytes(os.urandom(2), "big") % (CHANNEL_FDS[1] - CHANNEL_FDS[0]))
        os.set_inheritable(secret, False)
        devnull = os.open("/dev/null", os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(output_fd, 1)
        os.dup2(output_fd, 2)
        # Nothing else of the supervisor or the fork server (their pipes, other attempts' reports) stays open.
        os.closerange(3, secret)
        os.closerange(secret + 1, 1 << 20)
        send = channel_sender(secret, mac)
        set_limits(task["limits"], sandboxed)
        if sandboxed:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            # No ptrace and no readable /proc/1/mem for what the attempt starts, whatever suid_dumpable says.
            LIBC.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        os.chdir(scratch)
        os.environ.clear()
        os.environ.update(
            {
                "HOME": scratch,
                "TMPDIR": tmp,
                "PATH": "/env/bin:/usr/bin" if sandboxed else os.path.dirname(sys.executable) + ":/usr/bin:/bin",
                "LANG": "C.UTF-8",
                "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
                "OPENBLAS_NUM_THREADS": "1",
                "OMP_NUM_THREADS": "1",
                "MPLBACKEND": "Agg",
            }
        )
        import tempfile

        tempfile.tempdir = None
    except BaseException as error:  # the set-up failed: nothing of the attempt ran
        os.write(2, f"sandbox set-up failed: {error!r}\n".encode())
        os._exit(70)
    exit_code = 99
    try:
        prefixes = ("/env", "/usr") if sandboxed else (sys.prefix, sys.base_prefix)
        lib = [task_dir + "/lib"] if task.get("libFiles") else []
        sys.path[:] = [task_dir] + lib + [p for p in sys.path if p.startswith(prefixes)]
        mode = task.get("mode", "tests")
        if mode != "tests":
            if mode == "calls":
                programs.run_calls(task, task_dir, send)
            elif mode == "codegraph":
                codegraph.parse_codebase(task, send)
            else:
                programs.find_functions(task, send, checks.allowed_modules())
            send({"t": "done", "exit": 0, "coverage": None})
            os._exit(0)
        reporter = Reporter(send, cov)
        del send, mac
        try:
            exit_code = int(pytest.main(pytest_args(task_dir), plugins=[reporter]))
        finally:
            cov.stop()
        try:
            _, statements, _, missing, _ = cov.analysis2(task_dir + "/solution.py")
            covered = len(statements) - len(missing)
            ratio = covered / len(statements) if statements else 1.0
            report = {"lines": len(statements), "covered": covered, "ratio": round(ratio, 4)}
        except Exception as error:  # the solution was never imported
            report = {"lines": 0, "covered": 0, "ratio": 0.0, "problem": str(error)}
        reporter.send({"t": "done", "exit": exit_code, "coverage": report})
    except MemoryError:
        os._exit(86)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(0)
