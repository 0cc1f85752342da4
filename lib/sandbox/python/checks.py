"""Static checks of an attempt, made before any of its code runs (pure functions of the sources)."""
import ast
import sys

FORBIDDEN_TEST_NAMES = {"pytest_plugins"}


def top_level_modules(tree):
    """Names of the top-level modules a source imports (absolute imports only)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names.add(alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_functions(tree):
    """Top-level test functions and test methods of Test* classes, as pytest would collect them."""
    found = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
            found.append(node.name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name.startswith("test"):
                    found.append(node.name + "." + item.name)
    return found


def defines_hooks(tree):
    """Tests that configure pytest themselves (plugins, hooks) could rewrite the report."""
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("pytest_"):
            return node.name
        for name in targets:
            if name in FORBIDDEN_TEST_NAMES:
                return name
    return None


def check(solution, tests, allowed):
    """None when the attempt may run, else (status, message)."""
    try:
        solution_tree = ast.parse(solution, "solution.py")
    except SyntaxError as error:
        return ("error", f"solution.py does not parse: {error.msg} (line {error.lineno})")
    try:
        tests_tree = ast.parse(tests, "test_solution.py")
    except SyntaxError as error:
        return ("error", f"test_solution.py does not parse: {error.msg} (line {error.lineno})")
    test_imports = top_level_modules(tests_tree)
    if "solution" not in test_imports:
        return ("no_tests", "the tests do not import the solution module")
    if not test_functions(tests_tree):
        return ("no_tests", "the test file defines no test_* function")
    hook = defines_hooks(tests_tree)
    if hook:
        return ("error", f"the test file defines {hook}, which would change how pytest reports")
    missing = sorted((top_level_modules(solution_tree) | test_imports) - allowed - {"solution"})
    if missing:
        return ("missing_package", "not in the sandbox: " + ", ".join(missing))
    return None


def check_program(task, allowed):
    """check() for the other programs: a solution to call must parse and import only what is here."""
    if task.get("mode") != "calls":
        return None
    try:
        tree = ast.parse(task["solution"], "solution.py")
    except SyntaxError as error:
        return ("error", f"solution.py does not parse: {error.msg} (line {error.lineno})")
    missing = sorted(top_level_modules(tree) - allowed)
    if missing:
        return ("missing_package", "not in the sandbox: " + ", ".join(missing))
    return None


ALLOWED = []


def allowed_modules():
    """The standard library plus every top-level module of the environment's distributions (computed once)."""
    if not ALLOWED:
        ALLOWED.append(compute_allowed())
    return ALLOWED[0]


def compute_allowed():
    import importlib.metadata

    names = set(sys.stdlib_module_names)
    for module, dists in importlib.metadata.packages_distributions().items():
        if not set(dists) & {"pip", "setuptools"}:
            names.add(module)
    names -= {"_distutils_hack", "pip", "setuptools", "pkg_resources"}
    return names
