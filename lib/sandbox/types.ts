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

export interface AttemptTask {
  solution: string;
  tests: string;
  limits?: Partial<SandboxLimits>;
  signal?: AbortSignal;
}
