import 'server-only';
import {
  difficultyOf,
  keptAttemptIndex,
  overallStatus,
  type AttemptStatus,
  type Difficulty,
} from '../domain/verification';
import { chatJson } from '../llm/client';
import type { LlmConfig } from '../llm/config';
import { promptRequest } from '../llm/prompt-request';
import { loadPrompt } from '../llm/prompts';
import { ATTEMPT_SCHEMA_NAME, attemptReplySchema, TESTS_SCHEMA_NAME, testsReplySchema } from '../llm/schemas';
import type { LlmUsage } from '../llm/usage';
import type { Sandbox } from '../sandbox/sandbox';
import { ClassifiedError } from '../domain/errors';
import type { AttemptOutcome, SandboxLimits, TestResult } from '../sandbox/types';

/** One attempt as stored (lib/synthesis/MODEL.md, "Verification"). */
export interface VerificationAttempt {
  index: number;
  /** Attempt 0 runs the reference answer; the others run a solution the LLM wrote with its tests. */
  role: 'reference' | 'attempt';
  solution: string;
  tests: string;
  status: AttemptStatus;
  message: string;
  counts: { passed: number; failed: number; total: number };
  results: TestResult[];
  coverage: { lines: number; covered: number; ratio: number } | null;
  output: string;
  durationMs: number;
  model: string | null;
  promptHash: string | null;
}

export interface Verification {
  status: AttemptStatus;
  attempts: VerificationAttempt[];
  passed: number;
  passRate: number;
  difficulty: Difficulty;
  /** Index of the kept attempt (the passing one with the highest coverage), -1 when none passed. */
  kept: number;
  coverage: number | null;
  /** The kept attempt's solution and tests (attempt 0's when none passed). */
  solution: string;
  tests: string;
  fingerprint: string;
  unsandboxed: boolean;
  worker: string;
  verifiedAt: number;
}

export interface ProblemToVerify {
  title: string;
  /** The assembled statement (markdown with signature and constraints). */
  statement: string;
  referenceCode: string;
}

export interface VerifyOptions {
  attempts: number;
  sandbox: Sandbox;
  config: LlmConfig;
  signal: AbortSignal;
  /** Request headers of attempt j's LLM call (the runner tags each call with its item). */
  headersFor: (attempt: number) => Record<string, string>;
  worker: string;
  limits?: Partial<SandboxLimits>;
}

function problemText(problem: ProblemToVerify): string {
  return `# ${problem.title}\n\n${problem.statement}`;
}

/** The user message of attempt 0's test call: the problem and the reference answer under test. */
export function testsMessage(problem: ProblemToVerify): string {
  return `${problemText(problem)}\n\n## Solution under test (module \`solution\`)\n\n\`\`\`python\n${problem.referenceCode}\n\`\`\``;
}

export function testsRequest(problem: ProblemToVerify) {
  return promptRequest('tests', 'verify', testsMessage(problem), testsReplySchema, TESTS_SCHEMA_NAME, 0.2);
}

export function attemptRequest(problem: ProblemToVerify) {
  return promptRequest('attempt', 'verify', problemText(problem), attemptReplySchema, ATTEMPT_SCHEMA_NAME, 0.8);
}

/** Hashes of the verify step's prompt files. */
export function verifyPromptHashes(): { tests: string; attempt: string } {
  return { tests: loadPrompt('tests').hash, attempt: loadPrompt('attempt').hash };
}

/** Raised when the caller aborted (a cancelled batch): running attempts were killed, nothing is kept. */
export class VerificationAborted extends Error {
  override name = 'VerificationAborted';
}

/**
 * A sandbox that could not run an attempt (not installed here, or its server died) is not a result
 * about the problem: the item fails with this class and is retried once the sandbox runs.
 */
export class SandboxUnavailableError extends ClassifiedError {
  override name = 'SandboxUnavailableError';

  constructor(message: string) {
    super('sandbox_unavailable', `the sandbox could not run the attempts: ${message}`);
  }
}

function stored(
  index: number,
  written: { solution: string; tests: string; usage: LlmUsage },
  outcome: AttemptOutcome,
): VerificationAttempt {
  const { status } = outcome;
  if (status === 'cancelled') throw new VerificationAborted('the verification was cancelled');
  return {
    index,
    role: index === 0 ? 'reference' : 'attempt',
    solution: written.solution,
    tests: written.tests,
    status,
    message: outcome.message,
    counts: outcome.tests,
    results: outcome.results,
    coverage: outcome.coverage,
    output: outcome.output,
    durationMs: outcome.durationMs,
    model: written.usage.model,
    promptHash: written.usage.promptHash,
  };
}

/**
 * KodCode's self-verification (SPEC.md §5): k attempts, each an LLM-written test file (attempt 0, for
 * the reference answer) or solution + tests (the others), each run once in the sandbox. The LLM calls
 * go out at once; the runs queue for the sandbox's slots.
 */
export async function verifyProblem(
  problem: ProblemToVerify,
  options: VerifyOptions,
): Promise<{ verification: Verification; usage: LlmUsage[] }> {
  const call = (attempt: number) => ({
    config: options.config,
    signal: options.signal,
    headers: options.headersFor(attempt),
  });
  const written = await Promise.all(
    Array.from({ length: options.attempts }, async (_, index) => {
      if (index === 0) {
        const reply = await chatJson({ ...testsRequest(problem), ...call(0) });
        return { solution: problem.referenceCode, tests: reply.data.tests, usage: reply.usage };
      }
      const reply = await chatJson({ ...attemptRequest(problem), ...call(index) });
      return { solution: reply.data.solution, tests: reply.data.tests, usage: reply.usage };
    }),
  );
  if (options.signal.aborted) throw new VerificationAborted('the verification was cancelled');
  const outcomes = await Promise.all(
    written.map((attempt) =>
      options.sandbox.run({
        solution: attempt.solution,
        tests: attempt.tests,
        signal: options.signal,
        ...(options.limits ? { limits: options.limits } : {}),
      }),
    ),
  );
  if (options.signal.aborted) throw new VerificationAborted('the verification was cancelled');
  const unavailable = outcomes.find((o) => o.status === 'sandbox_unavailable');
  if (unavailable) throw new SandboxUnavailableError(unavailable.message);
  const attempts = outcomes.map((outcome, index) => stored(index, written[index]!, outcome));
  const summaries = attempts.map((a) => ({ status: a.status, coverage: a.coverage?.ratio ?? null }));
  const kept = keptAttemptIndex(summaries);
  const passed = attempts.filter((a) => a.status === 'passed').length;
  const chosen = attempts[kept === -1 ? 0 : kept]!;
  return {
    verification: {
      status: overallStatus(summaries),
      attempts,
      passed,
      passRate: passed / attempts.length,
      difficulty: difficultyOf(passed, attempts.length),
      kept,
      coverage: kept === -1 ? null : (chosen.coverage?.ratio ?? null),
      solution: chosen.solution,
      tests: chosen.tests,
      fingerprint: outcomes[0]?.fingerprint ?? 'none',
      unsandboxed: outcomes.some((o) => o.unsandboxed),
      worker: options.worker,
      verifiedAt: Date.now(),
    },
    usage: written.map((w) => w.usage),
  };
}

/** The Problem properties of a verification (lib/synthesis/MODEL.md); `referenceCode` stays the answer step's. */
export function verificationFields(verification: Verification, referenceCode: string): Record<string, unknown> {
  return {
    verifyStatus: verification.status,
    verifyAttempts: verification.attempts.length,
    verifyPassed: verification.passed,
    passRate: verification.passRate,
    difficulty: verification.difficulty,
    coverage: verification.coverage,
    keptAttempt: verification.kept,
    tests: verification.tests,
    referenceCode,
    answerCode: verification.kept === -1 ? referenceCode : verification.solution,
    verifyFingerprint: verification.fingerprint,
    unsandboxed: verification.unsandboxed,
    verifiedAt: verification.verifiedAt,
    verifyWorker: verification.worker,
    verification: JSON.stringify({
      attempts: verification.attempts,
      fingerprint: verification.fingerprint,
      unsandboxed: verification.unsandboxed,
      worker: verification.worker,
      k: verification.attempts.length,
    }),
  };
}
