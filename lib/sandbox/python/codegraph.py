"""The sandbox's "codegraph" program: what each Python file of a codebase defines, imports and calls, read with
the `ast` module (no code of the codebase runs). Names are reported as written; lib/codebase/resolve.ts resolves
them across the files (lib/codebase/MODEL.md says how).
"""
import ast

# Method names of the built-in types (dict.items, list.append, str.join …): a call of one on a receiver of unknown
# type is far more often the built-in's than a codebase method's that happens to share the name.
BUILTIN_METHODS = frozenset(
    name for kind in (dict, list, set, frozenset, str, bytes, bytearray, tuple, int, float, complex, object) for name in dir(kind)
)


def dotted(node):
    """["a", "b", "c"] for `a.b.c`, None for anything that is not a plain dotted name."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return parts[::-1]
    return None


def is_none(node):
    return isinstance(node, ast.Constant) and node.value is None


def annotation_refs(node, exact=True):
    """The dotted names an annotation mentions, each with whether it is the annotation itself (or Optional of it)."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            inner = ast.parse(node.value, mode="eval").body
        except SyntaxError:
            return []
        return annotation_refs(inner, exact)
    name = dotted(node)
    if name is not None:
        return [] if name == ["None"] else [{"name": ".".join(name), "exact": exact}]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        sides = [node.left, node.right]
        real = [s for s in sides if not is_none(s)]
        keep = exact and len(real) == 1
        return [ref for side in real for ref in annotation_refs(side, keep)]
    if isinstance(node, ast.Subscript):
        head = dotted(node.value)
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head and head[-1] in ("Optional", "Annotated"):
            return annotation_refs(args[0], exact) + [r for a in args[1:] for r in annotation_refs(a, False)]
        if head and head[-1] == "Union":
            real = [a for a in args if not is_none(a)]
            keep = exact and len(real) == 1
            return [ref for a in real for ref in annotation_refs(a, keep)]
        return [ref for a in args for ref in annotation_refs(a, False)]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [ref for e in node.elts for ref in annotation_refs(e, False)]
    return []


def call_target(func):
    """How a call names its callee: a dotted name, super().name, or an attribute of something else."""
    name = dotted(func)
    if name is not None:
        return {"kind": "name", "parts": name}
    if isinstance(func, ast.Attribute):
        receiver = func.value
        if isinstance(receiver, ast.Call) and dotted(receiver.func) == ["super"]:
            return {"kind": "super", "attr": func.attr}
        return {"kind": "attr", "attr": func.attr}
    return None


def body_calls(statements):
    """Call sites anywhere in a function's body (nested functions, classes and lambdas included), counted."""
    counts = {}
    for statement in statements:
        for node in ast.walk(statement):
            if isinstance(node, ast.Call):
                target = call_target(node.func)
                if target is None:
                    continue
                key = (target["kind"], tuple(target.get("parts", ())), target.get("attr", ""))
                last = target["parts"][-1] if target["kind"] == "name" else target["attr"]
                entry = counts.setdefault(key, {**target, "count": 0, "builtinName": last in BUILTIN_METHODS})
                entry["count"] += 1
    return list(counts.values())


def span_start(node):
    return min([node.lineno] + [d.lineno for d in node.decorator_list])


def params_of(args):
    out = []
    defaults = [None] * (len(args.posonlyargs) + len(args.args) - len(args.defaults)) + list(args.defaults)
    positional = [(a, "posonly") for a in args.posonlyargs] + [(a, "arg") for a in args.args]
    for (arg, kind), default in zip(positional, defaults):
        out.append((arg, kind, default))
    if args.vararg:
        out.append((args.vararg, "vararg", None))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        out.append((arg, "kwonly", default))
    if args.kwarg:
        out.append((args.kwarg, "kwarg", None))
    return [
        {
            "name": arg.arg,
            "kind": kind,
            "annotation": ast.unparse(arg.annotation) if arg.annotation is not None else None,
            "default": ast.unparse(default) if default is not None else None,
            "refs": annotation_refs(arg.annotation),
        }
        for arg, kind, default in out
    ]


def describe_function(node, qualname, parent):
    prefix = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
    returns = ast.unparse(node.returns) if node.returns is not None else None
    signature = f"{prefix} {node.name}({ast.unparse(node.args)})" + (f" -> {returns}" if returns else "")
    return {
        "qualname": qualname,
        "name": node.name,
        "parent": parent,
        "signature": signature,
        "params": params_of(node.args),
        "returns": returns,
        "returnRefs": annotation_refs(node.returns),
        "docstring": ast.get_docstring(node),
        "decorators": [ast.unparse(d) for d in node.decorator_list],
        "isMethod": parent is not None,
        "isAsync": isinstance(node, ast.AsyncFunctionDef),
        "lineStart": span_start(node),
        "lineEnd": node.end_lineno,
        "calls": body_calls(node.body),
    }


def describe_class(node, qualname, parent):
    return {
        "qualname": qualname,
        "name": node.name,
        "parent": parent,
        "bases": [ast.unparse(b) for b in node.bases],
        "baseRefs": [".".join(d) if (d := dotted(b.value if isinstance(b, ast.Subscript) else b)) else None for b in node.bases],
        "decorators": [ast.unparse(d) for d in node.decorator_list],
        "docstring": ast.get_docstring(node),
        "lineStart": span_start(node),
        "lineEnd": node.end_lineno,
    }


def nested_blocks(statement):
    """The statement lists a compound statement holds at the same scope (if/else, try, with, for, while, match)."""
    for field in ("body", "orelse", "finalbody"):
        block = getattr(statement, field, None)
        if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
            yield block
    for handler in getattr(statement, "handlers", []) or []:
        yield handler.body
    for case in getattr(statement, "cases", []) or []:
        yield case.body


def collect(statements, scope, parent, classes, functions):
    """Classes and functions of one scope (module or class body), descending into compound statements."""
    for statement in statements:
        if isinstance(statement, ast.ClassDef):
            qualname = f"{scope}.{statement.name}" if scope else statement.name
            classes.append(describe_class(statement, qualname, parent))
            collect(statement.body, qualname, qualname, classes, functions)
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            qualname = f"{scope}.{statement.name}" if scope else statement.name
            functions.append(describe_function(statement, qualname, parent))
        else:
            for block in nested_blocks(statement):
                collect(block, scope, parent, classes, functions)


def module_scope_statements(statements):
    """The statements that run at module scope (inside module-level if/try/with too, not in defs or classes)."""
    for statement in statements:
        yield statement
        if not isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for block in nested_blocks(statement):
                yield from module_scope_statements(block)


def imports_of(tree):
    """Every import statement of the file; `topLevel` ones bind module-scope names (what calls resolve by)."""
    top = {id(s) for s in module_scope_statements(tree.body) if isinstance(s, (ast.Import, ast.ImportFrom))}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                out.append(
                    {"kind": "import", "module": alias.name, "asname": alias.asname, "line": node.lineno, "topLevel": id(node) in top}
                )
        elif isinstance(node, ast.ImportFrom):
            out.append(
                {
                    "kind": "from",
                    "module": node.module,
                    "level": node.level,
                    "names": [{"name": a.name, "asname": a.asname} for a in node.names],
                    "line": node.lineno,
                    "topLevel": id(node) in top,
                }
            )
    return out


def module_version(tree):
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__version__" for t in statement.targets):
            if isinstance(statement.value, ast.Constant) and isinstance(statement.value.value, str):
                return statement.value.value
    return None


def describe_file(item):
    code = item["code"]
    try:
        tree = ast.parse(code, filename=item["path"])
    except SyntaxError as error:
        return {"path": item["path"], "error": {"line": error.lineno or 0, "message": f"SyntaxError: {error.msg}"}}
    except (ValueError, MemoryError, RecursionError) as error:
        return {"path": item["path"], "error": {"line": 0, "message": f"{type(error).__name__}: {error}"}}
    classes, functions = [], []
    collect(tree.body, "", None, classes, functions)
    return {
        "path": item["path"],
        "docstring": ast.get_docstring(tree),
        "version": module_version(tree),
        "imports": imports_of(tree),
        "classes": classes,
        "functions": functions,
    }


def parse_codebase(task, send):
    """In the attempt's process: one report with every file's description, or its parse error."""
    send({"t": "codegraph", "files": [describe_file(item) for item in task["files"]]})
