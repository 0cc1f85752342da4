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
import json
import os
import selectors
import signal
import sys
import time

sys.path.insert(0, "/harness")
import attempt  # noqa: E402
import checks  # noqa: E402

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWPID, CLONE_NEWNET = (
    0x00020000,
    0x04000000,
    0x08000000,
    0x20000000,
    0x40000000,
)
FIRST_UID = 200_000
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
    COVERAGE = coverage.Coverage(data_file=None, include=["/task/solution.py"], config_file=False)
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

    os.makedirs("/tmp/warm-up", exist_ok=True)
    with open("/tmp/warm-up/test_warm.py", "w") as handle:
        handle.write("def test_warm():\n    assert True\n")
    devnull = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(1)
    os.dup2(devnull, 1)
    try:
        pytest.main(["/tmp/warm-up/test_warm.py"] + attempt.PYTEST_ARGS[1:])
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def keep_output(data):
    if len(data) <= OUTPUT_LIMIT:
        return data.decode("utf-8", "replace")
    half = OUTPUT_LIMIT // 2
    return data[:half].decode("utf-8", "replace") + "\n… output truncated …\n" + data[-half:].decode("utf-8", "replace")


def classify(messages, exit_info, timed_out, cancelled, output):
    """The attempt's status from what came over the channel, never from its exit code or output."""
    collected = next((m for m in messages if m["t"] == "collected"), None)
    done = next((m for m in messages if m["t"] == "done"), None)
    errors = [m["message"] for m in messages if m["t"] == "collect_error"]
    tests = {}
    for m in messages:
        if m["t"] == "test":
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

    if cancelled:
        return result("cancelled", "the attempt was cancelled")
    if timed_out == "wall":
        return result("timeout", "the attempt ran past its wall-clock limit and was killed")
    if signal_number == signal.SIGXCPU or timed_out == "cpu":
        return result("timeout", "the attempt used up its CPU-time limit")
    if any("MemoryError" in t.get("message", "") + t.get("detail", "") for t in results) or exit_info.get("code") == 86:
        return result("memory", "the attempt ran out of its memory limit")
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
    if len(results) != total:
        return result("error", f"{len(results)} of {total} collected tests reported an outcome")
    if coverage is None or coverage.get("problem"):
        return result("no_tests", "the tests never imported the solution")
    failing = next((t for t in results if t["outcome"] != "passed"), None)
    if failing is not None:
        if any("MemoryError" in (t["message"] or "") for t in results):
            return result("memory", failing["message"])
        what = "was skipped" if failing["outcome"] == "skipped" else "failed"
        return result("failed", f"{failing['id']} {what}: {failing['message']}".strip())
    return result("passed")


def cancelled_result():
    return {
        "status": "cancelled",
        "message": "the attempt was cancelled before it started",
        "tests": {"passed": 0, "failed": 0, "total": 0},
        "results": [],
        "coverage": None,
        "output": "",
        "durationMs": 0,
    }


def supervise(task, uid, report_fd):
    """In the supervisor (root): new namespaces, the attempt's process, the wall clock. Never returns."""
    libc = ctypes.CDLL(None, use_errno=True)
    flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    started = time.monotonic()
    if libc.unshare(flags) != 0:
        errno = ctypes.get_errno()
        os.write(report_fd, json.dumps({"status": "sandbox_unavailable", "message": f"unshare: {os.strerror(errno)}"}).encode())
        os._exit(0)
    cancelled = {"flag": False}
    signal.signal(signal.SIGUSR1, lambda *_: cancelled.__setitem__("flag", True))
    channel_r, channel_w = os.pipe()
    output_r, output_w = os.pipe()
    nonce = os.urandom(16).hex()
    child = os.fork()
    if child == 0:
        os.close(channel_r)
        os.close(output_r)
        os.close(report_fd)
        attempt.run(task, uid, channel_w, output_w, nonce, COVERAGE)
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
    while open_pipes and not cancelled["flag"]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = "wall"
            break
        for key, _ in selector.select(timeout=min(remaining, 0.25)):
            chunk = os.read(key.fd, 65536)
            if not chunk:
                selector.unregister(key.fd)
                open_pipes -= 1
            elif key.data is channel_data or len(output_data) < 4 * OUTPUT_LIMIT:
                key.data.extend(chunk)
        # The attempt's pid 1 may exit while a process it left holds the pipes open.
        pid, status = os.waitpid(child, os.WNOHANG)
        if pid:
            exit_info = status
            break
    # Killing pid 1 of the namespace kills everything in it, whatever it did to its signals.
    try:
        os.kill(child, signal.SIGKILL)
    except ProcessLookupError:
        pass
    if exit_info is None:
        _, exit_info = os.waitpid(child, 0)
    for key in list(selector.get_map().values()):
        try:
            while True:
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    break
                if key.data is channel_data or len(output_data) < 4 * OUTPUT_LIMIT:
                    key.data.extend(chunk)
        except OSError:
            pass
    info = {}
    if os.WIFSIGNALED(exit_info):
        info["signal"] = os.WTERMSIG(exit_info)
    else:
        info["code"] = os.WEXITSTATUS(exit_info)
    if info.get("signal") == signal.SIGKILL and (timed_out or cancelled["flag"]):
        info.pop("signal")
    messages = []
    for line in bytes(channel_data).decode("utf-8", "replace").splitlines():
        prefix, _, body = line.partition(" ")
        if prefix != nonce:
            continue
        try:
            messages.append(json.loads(body))
        except ValueError:
            continue
    output = keep_output(bytes(output_data))
    outcome = classify(messages, info, timed_out, cancelled["flag"], output)
    outcome["output"] = output
    outcome["durationMs"] = round((time.monotonic() - started) * 1000, 1)
    data = json.dumps(outcome).encode()
    view = memoryview(data)
    while view:
        view = view[os.write(report_fd, view):]
    os._exit(0)


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    loaded = preload()
    allowed = checks.allowed_modules()
    out = sys.stdout
    concurrency = int(os.environ.get("SCOGEN_SLOTS", "2"))
    free_slots = list(range(concurrency * 4))
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
        problem = checks.check(task["solution"], task["tests"], allowed)
        if problem is not None:
            status, message = problem
            emit({"id": task["id"], "result": {"status": status, "message": message, "tests": {"passed": 0, "failed": 0, "total": 0}, "results": [], "coverage": None, "output": "", "durationMs": 0}})
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
                        waiting = [t for t in queue if t["id"] == message["id"]]
                        queue[:] = [t for t in queue if t["id"] != message["id"]]
                        for task in waiting:  # cancelled before it started: nothing ran
                            emit({"id": task["id"], "result": cancelled_result()})
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
                    result = {"status": "sandbox_unavailable", "message": "the attempt's supervisor died", "tests": {"passed": 0, "failed": 0, "total": 0}, "results": [], "coverage": None, "output": "", "durationMs": 0}
                emit({"id": task_id, "result": result})
        while queue and free_slots and len(running) < concurrency:
            start(queue.pop(0))


if __name__ == "__main__":
    main()
