import 'server-only';

/**
 * The stub's replies to the codebase prompts (issue 16), built from what the prompt states about the
 * codebase, so that they are real and pass in the sandbox against the real codebase: a relation question
 * names its fact; a compositional answer calls the chain's APIs in order, each result passed on as the next
 * call's `feeds` parameter; a utilization answer describes the sampled APIs from the real objects. Their
 * tests import the codebase and check it has exactly those APIs, parameters and type links, and that the
 * answer composes them. Not a real model: deterministic for a given prompt.
 */

interface PromptApi {
  qualname: string;
  module: string;
  import: string;
  type: 'CodeClass' | 'CodeFunction';
  signature: string | null;
  feeds?: { param: string; className: string } | null;
}

function apisOf(user: string): PromptApi[] {
  const block = /```json\n([\s\S]*?)\n```/.exec(user)?.[1];
  if (!block) return [];
  try {
    return (JSON.parse(block) as { apis?: PromptApi[] }).apis ?? [];
  } catch {
    return [];
  }
}

/** `larder.pantry.Pantry.add` in module `larder.pantry` → `Pantry.add`. */
const localPath = (api: PromptApi) =>
  api.qualname.startsWith(`${api.module}.`) ? api.qualname.slice(api.module.length + 1) : api.qualname;

const pyString = (text: string) => JSON.stringify(text);

function importLines(apis: PromptApi[]): string[] {
  const byModule = new Map<string, Set<string>>();
  for (const api of apis) byModule.set(api.module, (byModule.get(api.module) ?? new Set()).add(api.import));
  return [...byModule.entries()].map(([module, names]) => `from ${module} import ${[...names].sort().join(', ')}`);
}

/** Test helpers shared by both families: resolve a qualname in the real codebase, a signature's parameter names. */
const TEST_HELPERS = [
  'import ast',
  'import importlib',
  'import inspect',
  '',
  '',
  'def resolve(module, path):',
  '    obj = importlib.import_module(module)',
  '    for part in path.split("."):',
  '        obj = getattr(obj, part)',
  '    return obj',
  '',
  '',
  'def param_names(signature):',
  '    tree = ast.parse(signature.strip().rstrip(":") + ":\\n    pass\\n")',
  '    args = tree.body[0].args',
  '    names = [a.arg for a in args.posonlyargs + args.args]',
  '    names += [args.vararg.arg] if args.vararg else []',
  '    names += [a.arg for a in args.kwonlyargs]',
  '    names += [args.kwarg.arg] if args.kwarg else []',
  '    return names',
  '',
  '',
  'def callable_of(obj):',
  '    """A property is called through its getter."""',
  '    return obj.fget if isinstance(obj, property) else obj',
  '',
  '',
  'def real_names(obj):',
  '    fn = inspect.unwrap(getattr(callable_of(obj), "__func__", callable_of(obj)))',
  '    return list(inspect.signature(fn).parameters)',
];

export function stubCodebaseRelation(user: string): { title: string; question: string } {
  const fact = /^Fact to ask about: (.+)$/m.exec(user)?.[1]?.trim() ?? 'Which element of the codebase is meant?';
  const relation = /^Relation: (\S+)$/m.exec(user)?.[1] ?? 'relation';
  const subject = /^Subject [a-z]+: (\S+)$/m.exec(user)?.[1] ?? 'it';
  return { title: `${relation} of ${subject.split('.').pop()}`, question: fact };
}

function compositional(user: string, apis: PromptApi[]) {
  const codebase = /^Codebase: (\S+)/m.exec(user)?.[1] ?? 'the codebase';
  const steps = apis.map((api, i) => `step_${i + 1} = callable_of(${localPath(api)})  # ${api.qualname}`);
  const calls = apis.map((api, i) =>
    i === 0
      ? '    value = step_1(**first_kwargs)'
      : `    value = step_${i + 1}(**{**later_kwargs[${i - 1}], ${pyString(apis[i - 1]?.feeds?.param ?? 'value')}: value})`,
  );
  const code = [
    `"""Runs a chain of ${codebase}'s APIs: ${apis.map((a) => a.qualname).join(' → ')}."""`,
    ...importLines(apis),
    '',
    '',
    'def callable_of(obj):',
    '    """A property is called through its getter (its self is the previous result)."""',
    '    return obj.fget if isinstance(obj, property) else obj',
    '',
    '',
    ...steps,
    '',
    '',
    'def run_chain(first_kwargs, *later_kwargs):',
    '    """Calls the chain in order; each result goes on to the next call as its `feeds` parameter."""',
    `    if len(later_kwargs) != ${apis.length - 1}:`,
    `        raise ValueError("run_chain needs keyword arguments for each of the ${apis.length} calls")`,
    ...calls,
    '    return value',
    '',
  ].join('\n');
  const chain = apis.map((api) => [api.module, localPath(api), api.signature ?? '', api.feeds ?? null]);
  const tests = [
    ...TEST_HELPERS,
    '',
    'import pytest',
    '',
    'import solution',
    'from solution import run_chain',
    '',
    `CHAIN = ${JSON.stringify(chain).replace(/null/g, 'None')}`,
    '',
    '',
    'def test_the_steps_are_the_codebase_apis_in_order():',
    '    for i, (module, path, _, _) in enumerate(CHAIN):',
    '        assert getattr(solution, f"step_{i + 1}") == callable_of(resolve(module, path))  # ==: bound classmethods are new each time',
    '',
    '',
    'def test_the_codebase_has_these_signatures():',
    '    for module, path, signature, _ in CHAIN:',
    '        obj = callable_of(resolve(module, path))',
    '        if signature and inspect.isfunction(inspect.unwrap(getattr(obj, "__func__", obj))):',
    '            assert real_names(obj) == param_names(signature)',
    '',
    '',
    'def test_each_result_feeds_the_next_call():',
    '    for (module, path, _, feeds), (next_module, next_path, _, _) in zip(CHAIN, CHAIN[1:]):',
    '        returns = inspect.signature(inspect.unwrap(callable_of(resolve(module, path)))).return_annotation',
    '        nxt = callable_of(resolve(next_module, next_path))',
    '        params = inspect.signature(inspect.unwrap(getattr(nxt, "__func__", nxt))).parameters',
    '        assert feeds["param"] in params',
    '        assert feeds["className"] in str(returns)',
    '        # The next call takes the result as an annotated parameter, or is a method of its class (its self).',
    '        owner = next_path.split(".")[-2] if "." in next_path else None',
    '        assert feeds["className"] in str(params[feeds["param"]].annotation) or owner == feeds["className"]',
    '',
    '',
    'def test_run_chain_passes_each_result_on(monkeypatch):',
    '    calls = []',
    '    for i in range(len(CHAIN)):',
    '        def fake(i=i, **kwargs):',
    '            calls.append((i, kwargs))',
    '            return ("result", i)',
    '        monkeypatch.setattr(solution, f"step_{i + 1}", fake)',
    '    later = [{"extra": i} for i in range(1, len(CHAIN))]',
    '    assert run_chain({"first": 0}, *later) == ("result", len(CHAIN) - 1)',
    '    expected = [(0, {"first": 0})]',
    '    for i in range(1, len(CHAIN)):',
    '        expected.append((i, {"extra": i, CHAIN[i - 1][3]["param"]: ("result", i - 1)}))',
    '    assert calls == expected',
    '',
    '',
    'def test_run_chain_needs_arguments_for_every_call():',
    '    with pytest.raises(ValueError):',
    '        run_chain({})',
    '',
  ].join('\n');
  return {
    title: `Chain ${apis.map((a) => a.qualname.split('.').pop()).join(' → ')}`,
    statement: [
      `Using the \`${codebase}\` package, write \`run_chain(first_kwargs, *later_kwargs)\` in \`solution.py\` that calls, in order:`,
      '',
      ...apis.map(
        (a, i) =>
          `${i + 1}. \`${a.qualname}\`${i > 0 && apis[i - 1]?.feeds ? `, passing the previous result as \`${apis[i - 1]!.feeds!.param}\` (a \`${apis[i - 1]!.feeds!.className}\`)` : ''}`,
      ),
      '',
      'The first call takes `first_kwargs`; call i+1 takes `later_kwargs[i]` plus the previous result. Return the last result.',
      'Expose each API as a module-level name `step_1` … `step_n` so that the calls can be observed.',
      'Raise `ValueError` when `later_kwargs` does not hold one mapping per later call.',
    ].join('\n'),
    code,
    tests,
    explanation: `Each step is the codebase's own API; run_chain threads the result of each into the next through the parameter the code graph links it to (RETURNS → ACCEPTS). (stub)`,
  };
}

function utilization(user: string, apis: PromptApi[]) {
  const codebase = /^Codebase: (\S+)/m.exec(user)?.[1] ?? 'the codebase';
  const table = apis.map((api) => `    ${pyString(api.qualname)}: ${localPath(api)},`);
  const code = [
    `"""A quick reference of ${codebase}'s APIs around ${apis[0]?.qualname ?? 'its start'}, read from the real objects."""`,
    'import inspect',
    '',
    ...importLines(apis),
    '',
    'APIS = {',
    ...table,
    '}',
    '',
    '',
    'def describe_apis():',
    '    """One line per API: its qualified name, its kind and its parameters, in the order given."""',
    '    lines = []',
    '    for name, obj in APIS.items():',
    '        kind = "class" if inspect.isclass(obj) else "function"',
    '        try:',
    '            params = ", ".join(inspect.signature(obj).parameters)',
    '        except (TypeError, ValueError):',
    '            params = "..."',
    '        lines.append(f"{kind} {name}({params})")',
    '    return lines',
    '',
  ].join('\n');
  const listed = apis.map((api) => [api.module, localPath(api), api.qualname, api.type, api.signature ?? '']);
  const tests = [
    ...TEST_HELPERS,
    '',
    'import solution',
    'from solution import describe_apis',
    '',
    `APIS = ${JSON.stringify(listed)}`,
    '',
    '',
    'def test_every_api_is_the_codebase_object():',
    '    assert list(solution.APIS) == [q for _, _, q, _, _ in APIS]',
    '    for module, path, qualname, _, _ in APIS:',
    '        assert solution.APIS[qualname] == resolve(module, path)  # == : bound classmethods are new each time',
    '',
    '',
    'def test_kinds_match_the_code_graph():',
    '    for module, path, _, kind, _ in APIS:',
    '        assert inspect.isclass(resolve(module, path)) == (kind == "CodeClass")',
    '',
    '',
    'def test_the_codebase_has_these_signatures():',
    '    for module, path, _, kind, signature in APIS:',
    '        obj = resolve(module, path)',
    '        if kind == "CodeFunction" and signature and inspect.isfunction(inspect.unwrap(getattr(obj, "__func__", obj))):',
    '            assert real_names(obj) == param_names(signature)',
    '',
    '',
    'def test_describe_apis_lists_each_once_in_order():',
    '    lines = describe_apis()',
    '    assert len(lines) == len(APIS)',
    '    for line, (_, _, qualname, kind, _) in zip(lines, APIS):',
    '        assert line.startswith(("class " if kind == "CodeClass" else "function ") + qualname + "(")',
    '',
  ].join('\n');
  return {
    title: `Quick reference around ${apis[0]?.qualname.split('.').pop() ?? 'the start'}`,
    statement: [
      `Using the \`${codebase}\` package, write \`describe_apis()\` in \`solution.py\`: a quick reference for a developer new to these APIs.`,
      '',
      ...apis.map((a) => `- \`${a.qualname}\``),
      '',
      'Keep them in a module-level dict `APIS` (qualified name → the object, in this order). `describe_apis()` returns one',
      'line per API, `class <qualname>(<parameters>)` or `function <qualname>(<parameters>)`, the parameters read from the',
      'real signature (`...` when it cannot be read).',
    ].join('\n'),
    code,
    tests,
    explanation:
      'The answer imports each sampled API from the codebase and reads its real signature with inspect. (stub)',
  };
}

export function stubCodebaseTask(user: string) {
  const apis = apisOf(user);
  return /^Chain of \d+ APIs/m.test(user) ? compositional(user, apis) : utilization(user, apis);
}
