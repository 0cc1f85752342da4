"""One run of a solution on its inputs, in a fresh interpreter (programs.py starts it twice).

argv: the task directory (solution.py, inputs.json) and the descriptor results go to, one JSON line
per input: {"i", "ok", "repr", "json"?, "error"?, "ms", "tooLarge"?}. The code under test runs in this
same interpreter, so the descriptor is not a boundary: a solution could only misreport its own outputs.
"""
import contextlib
import importlib.util
import io
import json
import runpy
import signal
import sys
import time


class CallTimeout(BaseException):
    """Raised by the per-input timer; a BaseException so `except Exception` in the solution cannot swallow it."""


def on_alarm(*_):
    raise CallTimeout()


def as_json(value):
    """The value as JSON when it survives a round trip unchanged (no tuples, sets, NaN or objects)."""
    try:
        text = json.dumps(value, allow_nan=False, sort_keys=True)
    except (TypeError, ValueError, RecursionError):
        return None
    try:
        same = json.loads(text) == value and type(json.loads(text)) is type(value)
    except Exception:
        return None
    return text if same else None


def main():
    task_dir, fd = sys.argv[1], int(sys.argv[2])
    out = io.open(fd, "w", encoding="utf-8", closefd=True)

    def report(message):
        out.write(json.dumps(message) + "\n")
        out.flush()

    with open(task_dir + "/inputs.json") as handle:
        spec = json.load(handle)
    limit = int(spec.get("outputLimit", 2000))
    per_call = float(spec.get("perCallS", 2))
    entry = spec.get("entry")
    sys.path.insert(0, task_dir)
    signal.signal(signal.SIGALRM, on_alarm)
    function = None
    if entry:
        try:
            module_spec = importlib.util.spec_from_file_location("solution", task_dir + "/solution.py")
            module = importlib.util.module_from_spec(module_spec)
            sys.modules["solution"] = module
            signal.setitimer(signal.ITIMER_REAL, per_call * 2)
            try:
                module_spec.loader.exec_module(module)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            function = getattr(module, entry, None)
            if not callable(function):
                report({"import_error": f"solution.py defines no function {entry}"})
                return
        except BaseException as error:  # the module itself failed: no input can run
            report({"import_error": f"{type(error).__name__}: {str(error)[:500]}"})
            return
    for i, item in enumerate(spec["inputs"]):
        started = time.perf_counter()
        record = {"i": i}
        captured = io.StringIO()
        try:
            signal.setitimer(signal.ITIMER_REAL, per_call)
            try:
                if function is not None:
                    value = function(**json.loads(json.dumps(item["kwargs"])))
                else:
                    with contextlib.redirect_stdout(captured):
                        sys.stdin = io.StringIO(item["stdin"])
                        try:
                            runpy.run_path(task_dir + "/solution.py", run_name="__main__")
                        except SystemExit as stop:
                            if stop.code not in (None, 0):
                                raise
                    value = captured.getvalue()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            text = repr(value) if function is not None else value
            record.update(ok=True, repr=text[: limit + 1])
            if len(text) > limit:
                record["tooLarge"] = True
            elif function is not None:
                encoded = as_json(value)
                if encoded is not None:
                    record["json"] = encoded
        except CallTimeout:
            record.update(ok=False, error={"type": "Timeout", "message": f"the input ran longer than {per_call:g} s"})
        except RecursionError as error:
            record.update(ok=False, error={"type": "RecursionError", "message": str(error)[:500]})
        except BaseException as error:  # what the solution raised is the observed output
            if isinstance(error, KeyboardInterrupt):
                raise
            record.update(ok=False, error={"type": type(error).__name__, "message": str(error)[:500]})
        record["ms"] = round((time.perf_counter() - started) * 1000, 2)
        if record.get("ok") is False and isinstance(record.get("error"), dict):
            message = record["error"]["message"]
            if len(message) > limit:
                record["error"]["message"] = message[:limit]
        report(record)


if __name__ == "__main__":
    main()
