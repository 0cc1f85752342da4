"""The sandbox's two programs besides running tests (zygote.py starts them the same way, in an attempt's
own namespaces and uid):

- "calls": runs one solution on a list of inputs (keyword arguments of an entry function, or stdin text
  for a program) and reports each output or exception. Every input runs twice, in two fresh
  interpreters with different hash seeds (a fork of the fork server would share its hash seed and its
  random state), so an output that depends on time, randomness or hash ordering shows as a difference.
- "functions": finds the self-contained functions of Python sources with the `ast` module (no code of
  the sources runs): top-level, with arguments and a return, using only importable modules, and with no
  I/O, network or filesystem call by static check.
"""
import ast
import builtins
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Two different, fixed hash seeds: string hashing (so set and dict-of-set order) differs between the runs.
HASH_SEEDS = ("1", "2718281")


def run_calls(task, task_dir, send):
    """In the attempt's process: both runs, then one message with what each input gave."""
    with open(task_dir + "/inputs.json") as handle:
        count = len(json.load(handle)["inputs"])
    runs = []
    for seed in HASH_SEEDS:
        read_fd, write_fd = os.pipe()
        env = dict(os.environ, PYTHONHASHSEED=seed)
        child = subprocess.Popen(
            # Not -I or -E: they would ignore PYTHONHASHSEED (the environment is the attempt's own, cleared).
            [sys.executable, "-s", "-B", HERE + "/call_runner.py", task_dir, str(write_fd)],
            env=env,
            pass_fds=(write_fd,),
            stdin=subprocess.DEVNULL,
        )
        os.close(write_fd)
        data = bytearray()
        while True:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            data.extend(chunk)
        os.close(read_fd)
        code = child.wait()
        records = {}
        problem = None
        for line in data.decode("utf-8", "replace").splitlines():
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "import_error" in message:
                problem = message["import_error"]
            elif isinstance(message.get("i"), int):
                records[message["i"]] = message
        results = []
        for i in range(count):
            record = records.get(i)
            if record is None:
                why = f"the process ended (code {code}) before this input reported" if code >= 0 else f"killed by signal {-code}"
                record = {"i": i, "ok": False, "error": {"type": "Crashed", "message": why}, "ms": 0}
            results.append(record)
        runs.append({"results": results, "importError": problem, "exit": code})
    send({"t": "calls", "runs": runs})


# Modules whose use is I/O, network, processes, time or randomness: a function using one is not chosen.
FORBIDDEN_MODULES = {
    "os", "sys", "subprocess", "socket", "shutil", "pathlib", "glob", "io", "tempfile", "requests", "urllib",
    "http", "ftplib", "smtplib", "ssl", "asyncio", "threading", "multiprocessing", "concurrent", "signal",
    "time", "random", "secrets", "uuid", "logging", "pickle", "shelve", "sqlite3", "dbm", "webbrowser",
    "ctypes", "importlib", "builtins", "platform", "getpass", "fileinput", "csv", "zipfile", "tarfile",
    "gzip", "bz2", "lzma", "select", "selectors", "mmap", "pty", "tty", "atexit", "gc", "inspect",
}
FORBIDDEN_CALLS = {
    "open", "print", "input", "exec", "eval", "compile", "__import__", "globals", "locals", "vars",
    "breakpoint", "exit", "quit", "setattr", "delattr",
}
# Methods that read or write files whatever object they are called on (pandas, numpy, matplotlib, file objects).
IO_METHODS = {
    "to_csv", "to_excel", "to_parquet", "to_pickle", "to_sql", "to_hdf", "to_feather", "to_stata", "savefig",
    "save", "savez", "savetxt", "load", "loadtxt", "genfromtxt", "fromfile", "tofile", "write", "writelines",
    "read", "readline", "readlines", "urlopen", "show", "now", "today", "utcnow",
}
# Draws from a random generator whatever the object (np.random.rand, df.sample, rng.shuffle): not repeatable.
RANDOM_METHODS = {"sample", "shuffle", "permutation", "choice", "choices", "randint", "rand", "randn", "uniform"}
BUILTIN_NAMES = set(dir(builtins))
# Names snippets use without importing them, by a convention every reader assumes (Stack Overflow answers and later
# notebook cells rarely repeat `import numpy as np`): a function using one gets the import added to its source.
IMPLICIT_IMPORTS = {
    "np": ("numpy", "import numpy as np"),
    "pd": ("pandas", "import pandas as pd"),
    "nx": ("networkx", "import networkx as nx"),
    **{
        name: (name, f"import {name}")
        for name in ("math", "re", "json", "itertools", "collections", "functools", "statistics", "string",
                     "unicodedata", "heapq", "bisect", "operator", "fractions", "decimal", "textwrap", "difflib")
    },
}


def strip_magics(code):
    """Notebook lines that are not Python (%magic, !shell) become blank, keeping line numbers."""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in code.split("\n"))


class Names(ast.NodeVisitor):
    """Names a function loads, names it binds, and what it calls."""

    def __init__(self):
        self.loaded, self.bound, self.calls, self.attr_calls, self.returns = set(), set(), set(), [], 0
        self.imports = set()
        self.random = set()
        self.depth = 0

    def visit_Attribute(self, node):
        # np.random.<anything>: the module's generator, reached through an import the module check allows.
        if node.attr == "random" and isinstance(node.value, ast.Name):
            self.random.add(f"{node.value.id}.random")
        self.generic_visit(node)

    def visit_Name(self, node):
        (self.loaded if isinstance(node.ctx, ast.Load) else self.bound).add(node.id)

    def visit_arg(self, node):
        self.bound.add(node.arg)

    def visit_Import(self, node):
        for alias in node.names:
            self.imports.add(alias.name.split(".")[0])
            self.bound.add((alias.asname or alias.name).split(".")[0])

    def visit_ImportFrom(self, node):
        if node.module and node.level == 0:
            self.imports.add(node.module.split(".")[0])
        for alias in node.names:
            self.bound.add(alias.asname or alias.name)

    def visit_Return(self, node):
        if node.value is not None and self.depth == 0:
            self.returns += 1
        self.generic_visit(node)

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.calls.add(node.func.id)
        elif isinstance(node.func, ast.Attribute):
            self.attr_calls.append(node.func.attr)
        self.generic_visit(node)

    def nested(self, node):
        # A def or lambda inside: its names count, its returns are not the function's.
        self.bound.add(getattr(node, "name", "<lambda>"))
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = nested

    def visit_Global(self, node):
        self.calls.add("global")

    visit_Nonlocal = visit_Global


def module_imports(tree):
    """Top-level import statements of a block: bound name -> (module, statement source)."""
    bound = {}
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                name = (alias.asname or alias.name).split(".")[0]
                statement = f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
                bound[name] = (alias.name.split(".")[0], statement)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                name = alias.asname or alias.name
                statement = f"from {node.module} import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
                bound[name] = (node.module.split(".")[0], statement)
    return bound


def module_constants(tree, code):
    """Top-level NAME = <literal> assignments: a function may use them (they travel with its source)."""
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                ast.literal_eval(node.value)
            except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                continue
            constants[node.targets[0].id] = ast.get_source_segment(code, node)
    return constants


def describe(node, code, imports, constants, allowed):
    names = Names()
    for statement in node.body:
        names.visit(statement)
    for arg in node.args.posonlyargs + node.args.args + node.args.kwonlyargs:
        names.bound.add(arg.arg)
    problems = []
    params = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
    if isinstance(node, ast.AsyncFunctionDef):
        problems.append("it is async")
    if not params:
        problems.append("it takes no arguments")
    if node.args.vararg or node.args.kwarg:
        problems.append("it takes *args or **kwargs")
    if names.returns == 0:
        problems.append("it returns no value")
    if node.decorator_list:
        problems.append("it is decorated")
    # Defaults run when the def does; annotations need not (a name only they use is left lazy, see below).
    for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
        names.visit(default)
    hints = Names()
    for arg in params + [node.args.vararg, node.args.kwarg]:
        if arg is not None and arg.annotation is not None:
            hints.visit(arg.annotation)
    if node.returns is not None:
        hints.visit(node.returns)
    free = names.loaded - names.bound - BUILTIN_NAMES
    implicit = {
        n: IMPLICIT_IMPORTS[n]
        for n in free | hints.loaded
        if n in IMPLICIT_IMPORTS and n not in imports and n not in constants
    }
    imports = {**imports, **{n: spec for n, spec in implicit.items() if spec[0] in allowed}}
    # A type hint naming a class of the snippet (or of a module the sandbox lacks) does not stop the function:
    # its source starts with `from __future__ import annotations`, so hints are never evaluated.
    hinted = hints.loaded - BUILTIN_NAMES - free
    hinted_imports = {n for n in hinted if n in imports and imports[n][0] in allowed}
    lazy = bool(hinted - hinted_imports)
    used_imports = sorted(name for name in free | hinted_imports if name in imports)
    used_constants = sorted(name for name in free if name in constants and name not in imports)
    undefined = sorted(free - set(used_imports) - set(used_constants))
    if undefined:
        problems.append("it uses names defined elsewhere: " + ", ".join(undefined[:5]))
    modules = sorted({imports[name][0] for name in used_imports} | names.imports)
    unavailable = [m for m in modules if m not in allowed]
    if unavailable:
        problems.append("it imports what the sandbox lacks: " + ", ".join(unavailable))
    forbidden = [m for m in modules if m in FORBIDDEN_MODULES]
    if forbidden:
        problems.append("it uses I/O, time or randomness modules: " + ", ".join(forbidden))
    calls = sorted((names.calls & FORBIDDEN_CALLS) | ({"global"} & names.calls))
    if calls:
        problems.append("it calls " + ", ".join(calls))
    randomness = sorted(names.random | {f".{attr}" for attr in names.attr_calls if attr in RANDOM_METHODS})
    if randomness:
        problems.append("it draws random numbers: " + ", ".join(randomness))
    io = sorted({attr for attr in names.attr_calls if attr in IO_METHODS or attr.startswith("read_")})
    if io:
        problems.append("it reads or writes files or the clock: ." + ", .".join(io))
    segment = ast.get_source_segment(code, node, padded=False) or ""
    if node.decorator_list:
        segment = "\n".join(code.split("\n")[node.decorator_list[0].lineno - 1 : node.end_lineno])
    header = [imports[name][1] for name in used_imports] + [constants[name] for name in used_constants]
    if lazy:
        header.insert(0, "from __future__ import annotations")
    source = ("\n".join(header) + "\n\n\n" if header else "") + segment + "\n"
    signature = f"def {node.name}({ast.unparse(node.args)})" + (f" -> {ast.unparse(node.returns)}" if node.returns else "")
    return {
        "name": node.name,
        "signature": signature,
        "params": [
            {"name": a.arg, "annotation": ast.unparse(a.annotation) if a.annotation else None} for a in params
        ],
        "docstring": ast.get_docstring(node),
        "source": source,
        "line": node.lineno,
        "endLine": node.end_lineno,
        "modules": modules,
        "problems": problems,
    }


def find_functions(task, send, allowed):
    """In the attempt's process: every source's functions (top-level ones described, nested ones counted)."""
    blocks = []
    for item in task["sources"]:
        code = strip_magics(item["code"])
        try:
            tree = ast.parse(code)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as error:
            blocks.append({"id": item["id"], "error": f"does not parse: {getattr(error, 'msg', error)}", "functions": []})
            continue
        imports = module_imports(tree)
        constants = module_constants(tree, code)
        functions = [
            describe(node, code, imports, constants, allowed)
            for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        ]
        # Methods and functions inside functions are not candidates; they are counted for the report.
        inner = sum(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) for n in ast.walk(tree)) - len(functions)
        blocks.append({"id": item["id"], "functions": functions, "notTopLevel": inner})
    send({"t": "functions", "blocks": blocks})
