import 'server-only';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { serverCommand, type ServerPaths } from './bwrap-args';
import { DEFAULT_LIMITS, type AttemptOutcome, type AttemptTask, type SandboxLimits } from './types';

/** What the fork server reports of an attempt (the Node side adds the fingerprint and the sandbox flag). */
export type RawOutcome = Omit<AttemptOutcome, 'fingerprint' | 'unsandboxed'>;

interface Pending {
  resolve: (outcome: RawOutcome) => void;
  backstop: NodeJS.Timeout;
  cleanup: () => void;
}

/** How long the fork server may take to import its packages and warm pytest up. */
const READY_TIMEOUT_MS = 120_000;
/** Beyond an attempt's own wall clock (enforced inside), how long before the whole server is killed. */
const BACKSTOP_MS = 15_000;

export function unavailable(message: string): RawOutcome {
  return {
    status: 'sandbox_unavailable',
    message,
    tests: { passed: 0, failed: 0, total: 0 },
    results: [],
    coverage: null,
    output: '',
    durationMs: 0,
  };
}

/**
 * One sandbox fork server (python/zygote.py inside bubblewrap) and the attempts running in it.
 * Attempts go in as JSON lines and come back by id, in any order.
 */
export class ForkServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private stderrTail = '';
  private exited = false;
  readonly ready: Promise<{ python: string; preloaded: string[] }>;

  constructor(paths: ServerPaths, slots: number, preload = true, unsandboxed = false) {
    const { command, args, env } = serverCommand(paths, slots, preload, unsandboxed);
    // Nothing of the app's environment (API keys, passwords) reaches the server, sandboxed or not.
    this.child = spawn(command, args, { env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-4_000);
    });
    let markReady: (info: { python: string; preloaded: string[] }) => void = () => {};
    let failReady: (error: Error) => void = () => {};
    this.ready = new Promise((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    const readyTimer = setTimeout(() => {
      failReady(new Error(`the sandbox did not start within ${READY_TIMEOUT_MS / 1000} s`));
      this.kill();
    }, READY_TIMEOUT_MS);
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      let message: { ready?: { python: string; preloaded: string[] }; id?: string; result?: RawOutcome };
      try {
        message = JSON.parse(line);
      } catch {
        return;
      }
      if (message.ready) {
        clearTimeout(readyTimer);
        markReady(message.ready);
      } else if (message.id !== undefined && message.result) {
        const waiting = this.pending.get(message.id);
        if (!waiting) return;
        this.pending.delete(message.id);
        waiting.cleanup();
        waiting.resolve(message.result);
      }
    });
    this.child.on('error', (error) => {
      clearTimeout(readyTimer);
      failReady(error);
      this.fail(`the sandbox could not start: ${error.message}`);
    });
    this.child.on('exit', (code, signal) => {
      clearTimeout(readyTimer);
      this.exited = true;
      const why = `the sandbox exited (${signal ?? `code ${code}`})${this.stderrTail ? `: ${this.stderrTail.trim().split('\n').slice(-3).join(' | ')}` : ''}`;
      failReady(new Error(why));
      this.fail(why);
    });
    // A write to a server that just died must not crash the app.
    this.child.stdin.on('error', () => {});
  }

  get alive(): boolean {
    return !this.exited;
  }

  get running(): number {
    return this.pending.size;
  }

  /** The bubblewrap process's pid (every process of the sandbox descends from it). */
  get pid(): number | undefined {
    return this.exited ? undefined : this.child.pid;
  }

  /** Runs one attempt; resolves with its outcome (never rejects: a dead sandbox is sandbox_unavailable). */
  run(task: AttemptTask): Promise<RawOutcome> {
    return this.submit({ solution: task.solution, tests: task.tests, libFiles: task.files ?? [] }, task);
  }

  /**
   * Runs one of the server's other programs (python/programs.py: `calls`, `functions`; python/codegraph.py: `codegraph`) the way an attempt
   * runs; resolves with the server's outcome, whose `mode` field holds the program's report.
   */
  program(
    mode: 'calls' | 'functions' | 'codegraph',
    payload: Record<string, unknown>,
    task: Pick<AttemptTask, 'limits' | 'signal'>,
  ): Promise<RawOutcome & Record<string, unknown>> {
    return this.submit({ solution: '', tests: '', ...payload, mode }, task);
  }

  private submit(payload: Record<string, unknown>, task: Pick<AttemptTask, 'limits' | 'signal'>): Promise<RawOutcome> {
    if (this.exited) return Promise.resolve(unavailable('the sandbox is not running'));
    const id = String(this.nextId++);
    const limits: SandboxLimits = { ...DEFAULT_LIMITS, ...task.limits };
    return new Promise((resolve) => {
      const onAbort = () => this.send({ op: 'cancel', id });
      const backstop = setTimeout(
        () => {
          // The server stopped answering: kill it (every attempt dies with it) and say so.
          this.kill();
        },
        limits.wallS * 1000 + BACKSTOP_MS,
      );
      const cleanup = () => {
        clearTimeout(backstop);
        task.signal?.removeEventListener('abort', onAbort);
      };
      this.pending.set(id, { resolve, backstop, cleanup });
      if (task.signal?.aborted) {
        this.pending.delete(id);
        cleanup();
        resolve({ ...unavailable('cancelled before it started'), status: 'cancelled' });
        return;
      }
      task.signal?.addEventListener('abort', onAbort, { once: true });
      this.send({ ...payload, op: 'run', id, limits });
    });
  }

  /** Stops the server; attempts still running are killed with it. */
  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.kill();
    await exited;
  }

  private send(message: Record<string, unknown>): void {
    if (!this.exited) this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  private fail(why: string): void {
    for (const [id, waiting] of this.pending) {
      this.pending.delete(id);
      waiting.cleanup();
      waiting.resolve(unavailable(why));
    }
  }
}
