"""One attempt's run, in a process that is already alone in its namespaces (see zygote.py).

Runs as pid 1 of a fresh pid namespace, with its own mount, network and IPC namespaces, then drops to
the attempt's own uid before any of the attempt's code is imported. Per-test outcomes go to `channel`, a
pipe opened by the parent before this process existed, moved to an unadvertised descriptor and never
named in the environment; every line carries a nonce. stdout and stderr are only kept as output.
"""
import ctypes
import json
import os
import resource
import sys

import pytest

LIBC = ctypes.CDLL(None, use_errno=True)
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT = 1, 2, 4, 8, 32


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


PYTEST_ARGS = [
    "/task/test_solution.py",
    "-s",  # no capture: the supervisor keeps stdout and stderr of the whole process
    "--noconftest",
    "-c",
    "/harness/pytest.ini",
    "--rootdir",
    "/task",
    "--import-mode=importlib",
]
# Plugins that only cost time here (outcomes go over the channel, not through the terminal report).
for plugin in (
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
):
    PYTEST_ARGS += ["-p", "no:" + plugin]


class Channel:
    def __init__(self, fd, nonce):
        self.fd = fd
        self.nonce = nonce

    def send(self, message):
        line = (self.nonce + " " + json.dumps(message, separators=(",", ":")) + "\n").encode()
        view = memoryview(line)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]


def short(text, limit=2000):
    text = str(text)
    return text if len(text) <= limit else text[: limit // 2] + "\n…\n" + text[-limit // 2 :]


class Reporter:
    """The pytest plugin that reports collection and every test's outcome over the channel."""

    def __init__(self, channel, cov):
        self.channel = channel
        self.cov = cov
        self.measuring = False

    @pytest.hookimpl(tryfirst=True)
    def pytest_collectstart(self, collector):
        # Coverage starts as the test module is collected (it imports the solution), not during pytest's own start.
        if not self.measuring and isinstance(collector, pytest.Module):
            self.measuring = True
            self.cov.start()

    def pytest_collectreport(self, report):
        if report.failed:
            self.channel.send({"t": "collect_error", "message": short(report.longreprtext)})

    def pytest_collection_finish(self, session):
        self.channel.send({"t": "collected", "n": len(session.items), "ids": [i.nodeid for i in session.items]})

    def pytest_runtest_makereport(self, item, call):
        # Remember the exception type of a failing phase (MemoryError is reported as 'memory').
        if call.excinfo is not None:
            item._scogen_exc = call.excinfo.type.__name__

    def pytest_runtest_logreport(self, report):
        if report.when == "call" or report.failed or report.skipped:
            if report.when != "call" and report.passed:
                return
            outcome = report.outcome
            message = ""
            if report.failed:
                crash = getattr(report.longrepr, "reprcrash", None)
                message = crash.message if crash is not None else report.longreprtext
            self.channel.send(
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


def set_limits(limits):
    cpu = max(1, int(limits["cpuS"]))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    with open("/proc/self/status") as status:
        vm = next(int(line.split()[1]) for line in status if line.startswith("VmSize:")) * 1024
    memory = vm + limits["memoryMb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_NPROC, (limits["processes"], limits["processes"]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits["openFiles"], limits["openFiles"]))
    size = limits["fileMb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def prepare(task, uid):
    """As root in the attempt's own namespaces: private /proc, /task, /scratch, /tmp, /dev/shm."""
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    scratch_mb = task["limits"]["scratchMb"]
    mount("tmpfs", "/task", "tmpfs", MS_NOSUID | MS_NODEV, "size=8m,mode=0755")
    for name, source in (("solution.py", task["solution"]), ("test_solution.py", task["tests"])):
        with open("/task/" + name, "w") as handle:
            handle.write(source)
        os.chmod("/task/" + name, 0o444)
    mount(None, "/task", None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    owner = f"uid={uid},gid={uid}"
    mount("tmpfs", "/scratch", "tmpfs", MS_NOSUID | MS_NODEV, f"size={scratch_mb}m,mode=0700,{owner}")
    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={scratch_mb}m,mode=0700,{owner}")
    if os.path.isdir("/dev/shm"):
        mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, f"size=16m,mode=0700,{owner}")


def run(task, uid, channel_fd, output_fd, nonce, cov):
    """Never returns: runs the attempt and exits."""
    try:
        prepare(task, uid)
        # The channel moves to a descriptor nothing names; stdin is empty; stdout/stderr are the output.
        secret = os.dup2(channel_fd, 300 + int.from_bytes(os.urandom(2), "big") % 600)
        os.close(channel_fd)
        os.set_inheritable(secret, False)
        devnull = os.open("/dev/null", os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(output_fd, 1)
        os.dup2(output_fd, 2)
        os.close(output_fd)
        channel = Channel(secret, nonce)
        set_limits(task["limits"])
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
        os.chdir("/scratch")
        os.environ.clear()
        os.environ.update(
            {
                "HOME": "/scratch",
                "TMPDIR": "/tmp",
                "PATH": "/env/bin:/usr/bin",
                "LANG": "C.UTF-8",
                "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
                "OPENBLAS_NUM_THREADS": "1",
                "OMP_NUM_THREADS": "1",
                "MPLBACKEND": "Agg",
            }
        )
    except BaseException as error:  # the set-up failed: nothing of the attempt ran
        os.write(2, f"sandbox set-up failed: {error!r}\n".encode())
        os._exit(70)
    exit_code = 99
    try:
        import pytest

        sys.path[:] = ["/task"] + [p for p in sys.path if p.startswith(("/env", "/usr"))]
        reporter = Reporter(channel, cov)
        try:
            exit_code = int(pytest.main(PYTEST_ARGS, plugins=[reporter]))
        finally:
            cov.stop()
        try:
            _, statements, _, missing, _ = cov.analysis2("/task/solution.py")
            covered = len(statements) - len(missing)
            ratio = covered / len(statements) if statements else 1.0
            report = {"lines": len(statements), "covered": covered, "ratio": round(ratio, 4)}
        except Exception as error:  # the solution was never imported
            report = {"lines": 0, "covered": 0, "ratio": 0.0, "problem": str(error)}
        channel.send({"t": "done", "exit": exit_code, "coverage": report})
    except MemoryError:
        os._exit(86)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(0)
