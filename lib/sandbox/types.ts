import type { AttemptStatus } from '../domain/verification';

/** Limits of one attempt; the sandbox stops and classifies an attempt that exceeds one. */
export interface SandboxLimits {
  /** Wall clock, seconds, from the attempt's start to the kill of its whole process tree. */
  wallS: number;
  /** CPU time, seconds (RLIMIT_CPU). */
  cpuS: number;
  /** Memory beyond what the pre-imported interpreter already maps, MiB (RLIMIT_AS). */
  memoryMb: number;
  /** Processes and threads of the attempt's uid (RLIMIT_NPROC). */
  processes: number;
  /** Open files (RLIMIT_NOFILE). */
  openFiles: number;
  /** Largest file it may write, MiB (RLIMIT_FSIZE). */
  fileMb: number;
  /** Size of its private /scratch and /tmp, MiB each. */
  scratchMb: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  wallS: 10,
  cpuS: 10,
  memoryMb: 1024,
  processes: 64,
  openFiles: 256,
  fileMb: 16,
  scratchMb: 64,
};

/** One test's outcome, as the harness reported it over its channel. */
export interface TestResult {
  id: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** The assertion or exception message of a failing test. */
  message: string;
  /** pytest's short traceback of a failing test. */
  detail: string;
  ms: number;
}

export interface CoverageReport {
  lines: number;
  covered: number;
  /** covered / lines (1 for a solution with no statements). */
  ratio: number;
}

/** What one sandboxed run of a solution against its tests came to. */
export interface AttemptOutcome {
  status: AttemptStatus | 'cancelled';
  /** Why it is not a pass: the failing assertion, the missing module, the limit it hit … */
  message: string;
  tests: { passed: number; failed: number; total: number };
  results: TestResult[];
  coverage: CoverageReport | null;
  /** stdout and stderr of the run, truncated to its first and last 32 KiB. */
  output: string;
  durationMs: number;
  /** The environment's fingerprint (interpreter and lock hash). */
  fingerprint: string;
  /** True only when the user opted out of the sandbox; such a result says so everywhere it is shown. */
  unsandboxed: boolean;
}

/** A file an attempt can import: written under /task/lib/<path> (on sys.path), read-only like the rest of /task. */
export interface TaskFile {
  /** Relative posix path ("larder/pantry.py"); no "..", no leading "/". */
  path: string;
  content: string;
}

/** Most bytes of task files one attempt may carry (the /task tmpfs grows to hold them). */
export const MAX_TASK_FILES_BYTES = 32 * 1024 * 1024;

export interface AttemptTask {
  solution: string;
  tests: string;
  /** Files the solution and the tests may import (a codebase's modules), under /task/lib. */
  files?: TaskFile[];
  limits?: Partial<SandboxLimits>;
  signal?: AbortSignal;
}

/** One input of a calls run: keyword arguments of the entry function, or stdin text for a program. */
export type CallInput = { kwargs: Record<string, unknown> } | { stdin: string };

/** What one input gave in one run: its output (repr, and JSON when it round-trips), or what it raised. */
export interface CallRecord {
  i: number;
  ok: boolean;
  /** repr() of the returned value, or the program's stdout (cut one character past the limit). */
  repr?: string;
  /** The returned value as JSON text, when JSON holds it exactly. */
  json?: string;
  /** The output was longer than the task's outputLimit. */
  tooLarge?: boolean;
  error?: { type: string; message: string };
  ms: number;
}

export interface CallRun {
  results: CallRecord[];
  /** The solution could not even be imported (every input failed with it). */
  importError: string | null;
  exit: number;
}

export interface CallsTask {
  solution: string;
  /** The function called with each input's kwargs; null: the solution is a program reading stdin. */
  entry: string | null;
  inputs: CallInput[];
  /** Longest output kept, characters (default 2,000). */
  outputLimit?: number;
  /** Time limit of one input, seconds (default 2). */
  perCallS?: number;
  limits?: Partial<SandboxLimits>;
  signal?: AbortSignal;
}

export type ProgramStatus =
  'done' | 'timeout' | 'memory' | 'crashed' | 'error' | 'missing_package' | 'cancelled' | 'sandbox_unavailable';

/** Two runs of every input in fresh interpreters with different hash seeds (python/programs.py). */
export interface CallsOutcome {
  status: ProgramStatus;
  message: string;
  /** Both runs when status is done, else empty. */
  runs: CallRun[];
  output: string;
  durationMs: number;
  fingerprint: string;
  unsandboxed: boolean;
}

/** A top-level function of a source, as Python's ast sees it; eligible when `problems` is empty. */
export interface FoundFunction {
  name: string;
  signature: string;
  params: { name: string; annotation: string | null }[];
  docstring: string | null;
  /** The def with the imports and literal constants it uses, runnable on its own. */
  source: string;
  line: number;
  endLine: number;
  modules: string[];
  /** Why it is not self-contained (no arguments, no return, I/O, unavailable import …). */
  problems: string[];
}

export interface SourceFunctions {
  id: string;
  /** Set when the source does not parse. */
  error?: string;
  functions: FoundFunction[];
  /** Methods and functions nested in functions: never candidates. */
  notTopLevel?: number;
}

export interface FunctionsOutcome {
  status: ProgramStatus;
  message: string;
  sources: SourceFunctions[];
  durationMs: number;
}

/** A name as a call writes it (codegraph program): a dotted name, `super().attr`, or an attribute of an expression. */
export type ParsedCall = (
  { kind: 'name'; parts: string[] } | { kind: 'super'; attr: string } | { kind: 'attr'; attr: string }
) & {
  count: number;
  /** The called name (its last part) is a method name of a built-in type (dict.items, list.append …). */
  builtinName?: boolean;
};

/** A dotted name an annotation mentions; exact when it is the annotation itself or Optional of it. */
export interface AnnotationRef {
  name: string;
  exact: boolean;
}

export type ParsedImport =
  | { kind: 'import'; module: string; asname: string | null; line: number; topLevel: boolean }
  | {
      kind: 'from';
      module: string | null;
      level: number;
      names: Array<{ name: string; asname: string | null }>;
      line: number;
      topLevel: boolean;
    };

export interface ParsedClass {
  /** Python's __qualname__ within the module ("Outer.Inner"). */
  qualname: string;
  name: string;
  /** The enclosing class's qualname, null at module level. */
  parent: string | null;
  bases: string[];
  /** Each base as a dotted name (a subscripted base by its head), null when it is not one. */
  baseRefs: Array<string | null>;
  decorators: string[];
  docstring: string | null;
  lineStart: number;
  lineEnd: number;
}

export interface ParsedParam {
  name: string;
  kind: 'posonly' | 'arg' | 'vararg' | 'kwonly' | 'kwarg';
  annotation: string | null;
  default: string | null;
  refs: AnnotationRef[];
}

export interface ParsedFunction {
  qualname: string;
  name: string;
  parent: string | null;
  signature: string;
  params: ParsedParam[];
  returns: string | null;
  returnRefs: AnnotationRef[];
  docstring: string | null;
  decorators: string[];
  isMethod: boolean;
  isAsync: boolean;
  lineStart: number;
  lineEnd: number;
  calls: ParsedCall[];
}

/** One file as the codegraph program read it, or why it did not parse. */
export type ParsedFile =
  | { path: string; error: { line: number; message: string } }
  | {
      path: string;
      error?: undefined;
      docstring: string | null;
      /** A module-level `__version__ = "…"`. */
      version: string | null;
      imports: ParsedImport[];
      classes: ParsedClass[];
      functions: ParsedFunction[];
    };

export interface CodegraphOutcome {
  status: ProgramStatus;
  message: string;
  files: ParsedFile[];
  durationMs: number;
}
