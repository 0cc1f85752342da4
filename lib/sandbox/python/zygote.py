"""The sandbox's fork server. Runs inside bubblewrap (no network, read-only system, no project files,
an empty environment) as root holding only CAP_SETUID, CAP_SETGID, CAP_KILL and CAP_SYS_ADMIN.

It imports pytest, coverage and the heavy numerical packages once. For every attempt it forks a
supervisor, which enters fresh mount, pid, network, IPC and UTS namespaces and forks the attempt's
process: pid 1 of its pid namespace, so killing it kills every process the attempt started (forks,
double forks, setsid). The attempt mounts its own /proc, /task (read-only), /scratch and /tmp, then
drops to a uid of its own before importing anything of the attempt, which leaves it no capability.
The supervisor enforces the wall clock and classifies the result.

Protocol: JSON lines. stdin: {"op": "run", "id", "solution", "tests", "limits"} | {"op": "cancel", "id"}.
stdout: {"ready": {...}} once, then {"id", "result"} per attempt.
"""
import ctypes
import hashlib
import hmac
import json
import os
import selectors
import shutil
import signal
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import attempt  # noqa: E402
import checks  # noqa: E402

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWPID, CLONE_NEWNET = (
    0x00020000,
    0x04000000,
    0x08000000,
    0x20000000,
    0x40000000,
)
# Each fork server has its own block of uids (lean 200000+, heavy 200500+), so no two attempts that run
# at once share a uid, and RLIMIT_NPROC (counted per uid) of one never starves another.
FIRST_UID = int(os.environ.get("SCOGEN_UID_BASE", "200000"))
UIDS_PER_SERVER = 500
# SANDBOX_MODE=unsandboxed: no namespaces, no uid of its own, a temporary directory per attempt.
SANDBOXED = os.environ.get("SCOGEN_UNSANDBOXED", "0") != "1"
PR_SET_CHILD_SUBREAPER = 36
OUTPUT_LIMIT = 64 * 1024
COVERAGE = None
PRELOAD = ["numpy", "pandas", "scipy", "scipy.stats", "sklearn", "sklearn.linear_model", "networkx", "sympy"]


def preload():
    import _pytest.python  # noqa: F401
    import coverage
    import pytest  # noqa: F401

    loaded = []
    if os.environ.get("SCOGEN_PRELOAD", "1") == "1":
        import importlib

        for name in PRELOAD:
            try:
                importlib.import_module(name)
                loaded.append(name)
            except Exception:  # a package that fails to import is reported when an attempt uses it
                pass
    warm_up()
    global COVERAGE
    # Built once: each attempt only starts and stops it.
    import warnings

    warnings.filterwarnings("ignore", category=coverage.exceptions.CoverageWarning)
    COVERAGE = coverage.Coverage(data_file=None, include=["*/task/solution.py"], config_file=False)
    COVERAGE.start()
    COVERAGE.stop()
    # Everything loaded so far is never collected: forked attempts then neither walk it nor copy its pages.
    import gc

    gc.collect()
    gc.freeze()
    return loaded


def warm_up():
    """One throw-away pytest run, so the plugins pytest loads lazily are imported before any fork."""
    import pytest

    warm = tempfile.mkdtemp(prefix="scogen-warm-")
    with open(warm + "/test_warm.py", "w") as handle:
        handle.write("def test_warm():\n    assert True\n")
    devnull = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(1)
    os.dup2(devnull, 1)
    try:
        pytest.main([warm + "/test_warm.py"] + attempt.pytest_args(warm)[1:])
    finally:
        shutil.rmtree(warm, ignore_errors=True)
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def keep_output(data):
    if len(data) <= OUTPUT_LIMIT:
        return data.decode("utf-8", "replace")
    half = OUTPUT_LIMIT // 2
    return data[:half].decode("utf-8", "replace") + "\n… output truncated …\n" + data[-half:].decode("utf-8", "replace")


# errno messages of a failing test that mean the attempt hit one of its limits.
LIMIT_HINTS = (
    ("[Errno 11]", "processes", "processes"),
    ("[Errno 24]", "open files", "openFiles"),
    ("[Errno 27]", "file size (MiB)", "fileMb"),
    ("[Errno 28]", "scratch space (MiB)", "scratchMb"),
)


def read_channel(data, key):
    """The authenticated messages in sequence order, or (messages, problem) when lines are missing or conflict."""
    by_seq = {}
    problem = None
    for line in data.decode("utf-8", "replace").split("\n"):
        seq, _, rest = line.partition(" ")
        tag, _, body = rest.partition(" ")
        if not seq.isdigit() or not body:
            continue
        expected = hmac.new(key, f"{seq} {body}".encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, tag):
            continue
        number = int(seq)
        if number in by_seq and by_seq[number] != body:
            problem = "two processes of the attempt reported over the harness's channel (a fork that went on running the tests?)"
        by_seq.setdefault(number, body)
    if by_seq and sorted(by_seq) != list(range(len(by_seq))):
        problem = problem or "messages of the harness's channel went missing"
    messages = []
    for number in sorted(by_seq):
        try:
            messages.append(json.loads(by_seq[number]))
        except ValueError:
            problem = problem or "a message of the harness's channel did not parse"
    return messages, problem


def classify(messages, exit_info, timed_out, cancelled, limits, channel_problem=None):
    """The attempt's status from what came over the channel, never from its exit code or output."""
    collected = next((m for m in messages if m["t"] == "collected"), None)
    done = next((m for m in messages if m["t"] == "done"), None)
    errors = [m["message"] for m in messages if m["t"] == "collect_error"]
    tampered = next((m["what"] for m in messages if m["t"] == "tampered"), None)
    ids = set(collected["ids"]) if collected else set()
    tests = {}
    for m in messages:
        if m["t"] == "test" and m["id"] in ids:
            previous = tests.get(m["id"])
            if previous is None or previous["outcome"] == "passed":
                tests[m["id"]] = m
    results = [
        {"id": t["id"], "outcome": t["outcome"], "message": t["message"], "detail": t["detail"], "ms": t["ms"]}
        for t in tests.values()
    ]
    passed = sum(1 for t in results if t["outcome"] == "passed")
    total = collected["n"] if collected else 0
    counts = {"passed": passed, "failed": len(results) - passed, "total": total}
    coverage = done["coverage"] if done else None
    base = {"tests": counts, "results": results, "coverage": coverage}
    signal_number = exit_info.get("signal")

    def result(status, message=""):
        return {**base, "status": status, "message": message}

    def hint():
        text = "".join(t["message"] + t["detail"] for t in results if t["outcome"] == "failed")
        for marker, name, key in LIMIT_HINTS:
            if marker in text:
                return f" (the attempt hit its limit of {limits[key]} {name})"
        return ""

    if cancelled:
        return result("cancelled", "the attempt was cancelled")
    if timed_out == "wall":
        return result("timeout", f"the attempt ran past its wall-clock limit ({limits['wallS']} s) and was killed")
    if signal_number == signal.SIGXCPU or timed_out == "cpu":
        return result("timeout", f"the attempt used up its CPU-time limit ({limits['cpuS']} s)")
    if any("MemoryError" in t.get("message", "") + t.get("detail", "") for t in results) or exit_info.get("code") == 86:
        return result("memory", f"the attempt ran out of its memory limit ({limits['memoryMb']} MiB)")
    if tampered:
        return result("error", f"the attempt changed the test harness: {tampered}")
    if channel_problem:
        return result("error", f"the attempt interfered with the test harness: {channel_problem}{hint()}")
    missing = next((e for e in errors if "ModuleNotFoundError" in e), None)
    if missing:
        return result("missing_package", missing.strip().splitlines()[-1])
    if errors:
        return result("error", errors[0])
    if done is None:
        if signal_number:
            name = signal.Signals(signal_number).name if signal_number in signal.Signals._value2member_map_ else signal_number
            return result("crashed", f"the attempt's process was killed by {name} before the tests finished")
        return result(
            "error",
            f"the tests did not finish: the process exited (code {exit_info.get('code')}) "
            f"after {len(results)} of {total} collected tests reported",
        )
    if done.get("exit") in (3, 4):
        return result("error", "pytest stopped with an internal or usage error; see the output")
    if total == 0:
        return result("no_tests", "the test file collected no test")
    if len(results) != total or set(tests) != ids:
        return result("error", f"{len(results)} of {total} collected tests reported an outcome")
    if coverage is None or coverage.get("problem"):
        return result("no_tests", "the tests never imported the solution")
    failing = next((t for t in results if t["outcome"] != "passed"), None)
    if failing is not None:
        if any("MemoryError" in (t["message"] or "") for t in results):
            return result("memory", failing["message"])
        what = "was skipped" if failing["outcome"] == "skipped" else "failed"
        return result("failed", f"{failing['id']} {what}: {failing['message']}".strip() + hint())
    return result("passed")


def classify_program(mode, messages, exit_info, timed_out, cancelled, limits, channel_problem=None):
    """The outcome of a calls or functions program: its one report, or why there is none."""
    base = {**EMPTY}
    report = next((m for m in messages if m["t"] == mode), None)
    if cancelled:
        return {**base, "status": "cancelled", "message": "the run was cancelled"}
    if timed_out == "wall":
        return {**base, "status": "timeout", "message": f"the run went past its wall-clock limit ({limits['wallS']} s) and was killed"}
    if exit_info.get("signal") in (signal.SIGKILL, signal.SIGXCPU) and timed_out == "cpu":
        return {**base, "status": "timeout", "message": f"the run used up its CPU-time limit ({limits['cpuS']} s)"}
    if exit_info.get("code") == 86:
        return {**base, "status": "memory", "message": f"the run ran out of its memory limit ({limits['memoryMb']} MiB)"}
    if channel_problem:
        return {**base, "status": "error", "message": f"the run interfered with the harness: {channel_problem}"}
    if report is None:
        how = f"signal {exit_info['signal']}" if exit_info.get("signal") else f"code {exit_info.get('code')}"
        return {**base, "status": "crashed", "message": f"the run ended ({how}) before it reported"}
    payload = {key: value for key, value in report.items() if key != "t"}
    return {**base, "status": "done", "message": "", mode: payload}


def kill_descendants():
    """Unsandboxed only: SIGKILL every process left under this subreaper until none remains."""
    me = str(os.getpid())
    while True:
        children = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:
                children.append(int(entry))
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            return
        if children:
            time.sleep(0.005)


CANCELLED = {"flag": False}
EMPTY = {"tests": {"passed": 0, "failed": 0, "total": 0}, "results": [], "coverage": None, "output": "", "durationMs": 0}


def supervise(task, uid, report_fd):
    """In the supervisor (root): new namespaces, the attempt's process, the wall clock. Never returns."""
    # Nothing of the fork server (its stdin and stdout, other attempts' report pipes) stays open here.
    os.closerange(3, report_fd)
    os.closerange(report_fd + 1, 1 << 20)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    os.close(null)
    libc = ctypes.CDLL(None, use_errno=True)
    started = time.monotonic()
    place = None
    if SANDBOXED:
        flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
        if libc.unshare(flags) != 0:
            errno = ctypes.get_errno()
            os.write(report_fd, json.dumps({**EMPTY, "status": "sandbox_unavailable", "message": f"unshare: {os.strerror(errno)}"}).encode())
            os._exit(0)
    else:
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        place = tempfile.mkdtemp(prefix="scogen-attempt-")
        for sub in ("task", "scratch", "tmp"):
            os.mkdir(place + "/" + sub, 0o700)
    channel_r, channel_w = os.pipe()
    output_r, output_w = os.pipe()
    key = os.urandom(32)
    child = os.fork()
    if child == 0:
        os.close(channel_r)
        os.close(output_r)
        os.close(report_fd)
        mac = hmac.new(key, digestmod="sha256")
        del key
        attempt.run(task, uid, channel_w, output_w, mac, COVERAGE, place)
    os.close(channel_w)
    os.close(output_w)
    limits = task["limits"]
    deadline = started + limits["wallS"]
    channel_data, output_data = bytearray(), bytearray()
    selector = selectors.DefaultSelector()
    selector.register(channel_r, selectors.EVENT_READ, channel_data)
    selector.register(output_r, selectors.EVENT_READ, output_data)
    timed_out = None
    open_pipes = 2
    exit_info = None
    usage = None
    while open_pipes and not CANCELLED["flag"]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = "wall"
            break
        for key_, _ in selector.select(timeout=min(remaining, 0.05)):
            chunk = os.read(key_.fd, 65536)
            if not chunk:
                selector.unregister(key_.fd)
                open_pipes -= 1
            elif key_.data is channel_data or len(output_data) < 4 * OUTPUT_LIMIT:
                key_.data.extend(chunk)
        # The attempt's pid 1 may exit while a process it left holds the pipes open.
        pid, status, rusage = os.wait4(child, os.WNOHANG)
        if pid:
            exit_info, usage = status, rusage
            break
    # Sandboxed, killing pid 1 of the namespace kills everything in it, whatever it did to its signals.
    for target in (child,) if SANDBOXED else (-child, child):
        try:
            os.kill(target, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    if exit_info is None:
        _, exit_info, usage = os.wait4(child, 0)
    if not SANDBOXED:
        kill_descendants()
        shutil.rmtree(place, ignore_errors=True)
    for key_ in list(selector.get_map().values()):
        try:
            while True:
                chunk = os.read(key_.fd, 65536)
                if not chunk:
                    break
                if key_.data is channel_data or len(output_data) < 4 * OUTPUT_LIMIT:
                    key_.data.extend(chunk)
        except OSError:
            pass
    info = {}
    if os.WIFSIGNALED(exit_info):
        info["signal"] = os.WTERMSIG(exit_info)
    else:
        info["code"] = os.WEXITSTATUS(exit_info)
    if info.get("signal") == signal.SIGKILL and (timed_out or CANCELLED["flag"]):
        info.pop("signal")
    # pid 1 of a namespace ignores SIGXCPU, so the hard limit's SIGKILL is what ends a CPU spin.
    if info.get("signal") in (signal.SIGKILL, signal.SIGXCPU) and usage is not None and not timed_out:
        if usage.ru_utime + usage.ru_stime >= max(1, int(limits["cpuS"])) - 0.05:
            timed_out = "cpu"
    messages, problem = read_channel(bytes(channel_data), key)
    if task.get("mode", "tests") == "tests":
        outcome = classify(messages, info, timed_out, CANCELLED["flag"], limits, problem)
    else:
        outcome = classify_program(task["mode"], messages, info, timed_out, CANCELLED["flag"], limits, problem)
    outcome["output"] = keep_output(bytes(output_data))
    outcome["durationMs"] = round((time.monotonic() - started) * 1000, 1)
    data = json.dumps(outcome).encode()
    view = memoryview(data)
    while view:
        view = view[os.write(report_fd, view):]
    os._exit(0)


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    # Set before any fork, so a cancel that reaches a supervisor early never kills it by SIGUSR1's default.
    signal.signal(signal.SIGUSR1, lambda *_: CANCELLED.__setitem__("flag", True))
    loaded = preload()
    allowed = checks.allowed_modules()
    out = sys.stdout
    concurrency = int(os.environ.get("SCOGEN_SLOTS", "2"))
    free_slots = list(range(min(concurrency * 4, UIDS_PER_SERVER)))
    running = {}  # report fd -> (id, pid, slot, buffer)
    by_id = {}
    selector = selectors.DefaultSelector()
    stdin_fd = sys.stdin.fileno()
    selector.register(stdin_fd, selectors.EVENT_READ, "stdin")
    pending = bytearray()
    queue = []

    def emit(message):
        out.write(json.dumps(message) + "\n")
        out.flush()

    emit({"ready": {"python": sys.version.split()[0], "preloaded": loaded, "pid": os.getpid()}})

    def start(task):
        if task.get("mode", "tests") == "tests":
            # Top-level packages of the task's files (a codebase under /task/lib) import like installed ones.
            provided = {f["path"].split("/")[0].removesuffix(".py") for f in task.get("libFiles") or []}
            problem = checks.check(task["solution"], task["tests"], allowed | provided)
        else:
            problem = checks.check_program(task, allowed)
        if problem is not None:
            status, message = problem
            emit({"id": task["id"], "result": {**EMPTY, "status": status, "message": message}})
            return
        slot = free_slots.pop(0)
        report_r, report_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(report_r)
            selector.close()
            supervise(task, FIRST_UID + slot, report_w)
        os.close(report_w)
        running[report_r] = (task["id"], pid, slot, bytearray())
        by_id[task["id"]] = pid
        selector.register(report_r, selectors.EVENT_READ, "report")

    stdin_open = True
    while stdin_open or running or queue:
        for key, _ in selector.select(timeout=1.0):
            if key.data == "stdin":
                chunk = os.read(stdin_fd, 1 << 20)
                if not chunk:
                    # No more work: finish what is queued and running, then exit.
                    stdin_open = False
                    selector.unregister(stdin_fd)
                    continue
                pending.extend(chunk)
                while b"\n" in pending:
                    line, _, rest = bytes(pending).partition(b"\n")
                    pending[:] = rest
                    message = json.loads(line)
                    if message["op"] == "run":
                        queue.append(message)
                    elif message["op"] == "cancel":
                        if any(t["id"] == message["id"] for t in queue):
                            queue[:] = [t for t in queue if t["id"] != message["id"]]
                            emit({"id": message["id"], "result": {**EMPTY, "status": "cancelled", "message": "cancelled before it started"}})
                        pid = by_id.get(message["id"])
                        if pid:
                            os.kill(pid, signal.SIGUSR1)
            else:
                task_id, pid, slot, buffer = running[key.fd]
                chunk = os.read(key.fd, 1 << 20)
                if chunk:
                    buffer.extend(chunk)
                    continue
                selector.unregister(key.fd)
                os.close(key.fd)
                os.waitpid(pid, 0)
                del running[key.fd]
                by_id.pop(task_id, None)
                free_slots.append(slot)
                try:
                    result = json.loads(bytes(buffer))
                except ValueError:
                    result = {**EMPTY, "status": "sandbox_unavailable", "message": "the attempt's supervisor died"}
                emit({"id": task_id, "result": result})
        while queue and free_slots and len(running) < concurrency:
            start(queue.pop(0))


if __name__ == "__main__":
    main()
