import 'server-only';
import path from 'node:path';
import type { ServerPaths } from './bwrap-args';
import type {
  AttemptOutcome,
  AttemptTask,
  CallRun,
  CallsOutcome,
  CallsTask,
  CodegraphOutcome,
  FunctionsOutcome,
  ParsedFile,
  ProgramStatus,
  SourceFunctions,
  TaskFile,
} from './types';
import { MAX_TASK_FILES_BYTES } from './types';
import { ForkServer, unavailable, type RawOutcome } from './zygote';

/** Where the sandbox's pieces are and what its environment is. */
export interface SandboxConfig {
  bwrap: string;
  venvDir: string;
  /** Interpreter and lock hash of the environment, stored with every result. */
  fingerprint: string;
  /** Attempts run at once per fork server. */
  slots: number;
  /** Why the sandbox cannot run here, and how to fix it; set, every attempt is sandbox_unavailable. */
  problem?: string;
  /** SANDBOX_MODE=unsandboxed: attempts run on this machine without bubblewrap, and every outcome says so. */
  unsandboxed?: boolean;
}

/** A calls run starts two interpreters and imports the solution in each: more wall clock than a test run. */
const CALLS_LIMITS = { wallS: 30, cpuS: 20 };

export const HARNESS_DIR = path.join(process.cwd(), 'lib', 'sandbox', 'python');

/**
 * Packages slow to import (1–2 s for pandas with scikit-learn): attempts that use one go to a fork
 * server that imported them all once; the rest go to a lean one, which forks faster. This only routes
 * for speed: an attempt sent to the lean server still imports what it needs, within its limits.
 */
const HEAVY_IMPORT = /^\s*(?:import|from)\s+(?:numpy|pandas|scipy|sklearn|networkx|sympy)\b/m;

/** Why an attempt's files cannot go under /task/lib (a bad path, or more than MAX_TASK_FILES_BYTES), or null. */
export function taskFilesProblem(files: readonly TaskFile[]): string | null {
  let bytes = 0;
  for (const file of files) {
    const parts = file.path.split('/');
    if (file.path.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..'))
      return `task file path ${JSON.stringify(file.path)} must be relative, without "." or ".." parts`;
    bytes += Buffer.byteLength(file.content);
  }
  if (bytes > MAX_TASK_FILES_BYTES)
    return `the task's files are ${(bytes / 2 ** 20).toFixed(1)} MiB, more than the ${MAX_TASK_FILES_BYTES / 2 ** 20} MiB an attempt may carry`;
  return null;
}

/**
 * The sandbox: two fork servers in bubblewrap (python/zygote.py), started on first use and restarted
 * when one dies. Attempts never run anywhere else, unless the user opted out (SANDBOX_MODE=unsandboxed).
 */
export class Sandbox {
  private servers: { lean?: ForkServer; heavy?: ForkServer } = {};

  constructor(readonly config: SandboxConfig) {}

  get fingerprint(): string {
    return this.config.fingerprint;
  }

  get available(): boolean {
    return this.config.problem === undefined;
  }

  /** Runs one attempt. Never rejects: what went wrong is in the outcome's status and message. */
  async run(task: AttemptTask): Promise<AttemptOutcome> {
    const stamp = (outcome: Omit<AttemptOutcome, 'fingerprint' | 'unsandboxed'>): AttemptOutcome => ({
      ...outcome,
      fingerprint: this.config.fingerprint,
      unsandboxed: this.config.unsandboxed === true,
    });
    if (this.config.problem) return stamp(unavailable(this.config.problem));
    const filesProblem = taskFilesProblem(task.files ?? []);
    if (filesProblem) return stamp({ ...unavailable(filesProblem), status: 'error' });
    const server = this.server(HEAVY_IMPORT.test(task.solution) || HEAVY_IMPORT.test(task.tests) ? 'heavy' : 'lean');
    try {
      await server.ready;
    } catch (error) {
      return stamp(unavailable((error as Error).message));
    }
    return stamp(await server.run(task));
  }

  /**
   * Runs a solution on inputs, twice each in fresh interpreters with different hash seeds (Case2Code's
   * observed outputs). Never rejects.
   */
  async runCalls(task: CallsTask): Promise<CallsOutcome> {
    const started = performance.now();
    const stamp = (raw: {
      status: string;
      message: string;
      output?: string;
      durationMs?: number;
      calls?: unknown;
    }) => ({
      status: raw.status as ProgramStatus,
      message: raw.message,
      runs: raw.status === 'done' ? ((raw.calls as { runs: CallRun[] }).runs ?? []) : [],
      output: raw.output ?? '',
      durationMs: raw.durationMs ?? performance.now() - started,
      fingerprint: this.config.fingerprint,
      unsandboxed: this.config.unsandboxed === true,
    });
    const payload = {
      solution: task.solution,
      entry: task.entry,
      inputs: task.inputs,
      outputLimit: task.outputLimit ?? 2_000,
      perCallS: task.perCallS ?? 2,
    };
    const server = HEAVY_IMPORT.test(task.solution) ? 'heavy' : 'lean';
    return stamp(
      await this.program(server, 'calls', payload, {
        limits: { ...CALLS_LIMITS, ...task.limits },
        signal: task.signal,
      }),
    );
  }

  /** The self-contained functions of Python sources, found by Python's ast inside the sandbox. Never rejects. */
  async findFunctions(sources: { id: string; code: string }[], signal?: AbortSignal): Promise<FunctionsOutcome> {
    const started = performance.now();
    const stamp = (raw: { status: string; message: string; durationMs?: number; functions?: unknown }) => ({
      status: raw.status as ProgramStatus,
      message: raw.message,
      sources: raw.status === 'done' ? ((raw.functions as { blocks: SourceFunctions[] }).blocks ?? []) : [],
      durationMs: raw.durationMs ?? performance.now() - started,
    });
    return stamp(await this.program('lean', 'functions', { sources }, { limits: { wallS: 30, cpuS: 30 }, signal }));
  }

  /**
   * What each Python file of a codebase defines, imports and calls, read by Python's ast inside the sandbox
   * (no code of the files runs). Never rejects.
   */
  async parseCode(files: { path: string; code: string }[], signal?: AbortSignal): Promise<CodegraphOutcome> {
    const started = performance.now();
    const stamp = (raw: { status: string; message: string; durationMs?: number; codegraph?: unknown }) => ({
      status: raw.status as ProgramStatus,
      message: raw.message,
      files: raw.status === 'done' ? ((raw.codegraph as { files: ParsedFile[] }).files ?? []) : [],
      durationMs: raw.durationMs ?? performance.now() - started,
    });
    const bytes = files.reduce((sum, file) => sum + file.code.length, 0);
    // Parsing runs at roughly 1 MB of source per second here; the limits leave a wide margin.
    const seconds = Math.ceil(30 + bytes / 100_000);
    return stamp(
      await this.program(
        'lean',
        'codegraph',
        { files },
        { limits: { wallS: seconds, cpuS: seconds, memoryMb: 2048 }, signal },
      ),
    );
  }

  /**
   * Runs one of the fork server's programs (calls, functions, codegraph) on the given server, or says why the
   * sandbox cannot: the outcome's `mode` field holds the program's report.
   */
  private async program(
    kind: 'lean' | 'heavy',
    mode: 'calls' | 'functions' | 'codegraph',
    payload: Record<string, unknown>,
    task: Pick<AttemptTask, 'limits' | 'signal'>,
  ): Promise<RawOutcome & Record<string, unknown>> {
    if (this.config.problem) return unavailable(this.config.problem);
    const server = this.server(kind);
    try {
      await server.ready;
    } catch (error) {
      return unavailable((error as Error).message);
    }
    return server.program(mode, payload, task);
  }

  /** Starts both servers now rather than on the first attempt (benchmarks and long runs). */
  async warm(): Promise<void> {
    await Promise.all([this.server('lean').ready, this.server('heavy').ready]);
  }

  /** Attempts running now. */
  get running(): number {
    return (this.servers.lean?.running ?? 0) + (this.servers.heavy?.running ?? 0);
  }

  /** Pids of the running fork servers' bubblewrap processes (tests look for leftovers under them). */
  get serverPids(): number[] {
    return Object.values(this.servers).flatMap((server) => (server.pid === undefined ? [] : [server.pid]));
  }

  async close(): Promise<void> {
    const servers = Object.values(this.servers);
    this.servers = {};
    await Promise.all(servers.map((server) => server.close()));
  }

  private server(kind: 'lean' | 'heavy'): ForkServer {
    const existing = this.servers[kind];
    if (existing?.alive) return existing;
    const paths: ServerPaths = { bwrap: this.config.bwrap, venvDir: this.config.venvDir, harnessDir: HARNESS_DIR };
    const server = new ForkServer(paths, this.config.slots, kind === 'heavy', this.config.unsandboxed === true);
    // A server that fails to start is reported by the attempt that waited for it.
    server.ready.catch(() => {});
    this.servers[kind] = server;
    return server;
  }
}
