import 'server-only';
import { readQuery } from '../db/driver';
import { difficultyOf } from '../domain/verification';
import { openSandbox } from '../sandbox';
import type { AttemptOutcome, TaskFile } from '../sandbox/types';
import type { Verification } from './verify-problem';

// Verification of codebase tasks (issue 16): a code answer runs against its tests in the sandbox with the
// codebase's own files (the CodeModule nodes' source, lib/codebase/MODEL.md) importable read-only under
// /task/lib; a relation question's answer is the graph's own, verified by construction. Used by the
// synthesis verify step and by "verify again".

const sourcesCache = new Map<string, Promise<TaskFile[]>>();

/** The codebase's files as the sandbox gets them (from the CodeModule nodes' source), cached per version. */
export function codebaseFiles(codebase: string): Promise<TaskFile[]> {
  let files = sourcesCache.get(codebase);
  if (!files) {
    files = readQuery('synthesis/codebase-sources', { codebase }).then((rows) =>
      rows.map((r) => ({ path: r.path, content: r.content ?? '' })),
    );
    files.catch(() => sourcesCache.delete(codebase));
    if (sourcesCache.size >= 4) sourcesCache.delete(sourcesCache.keys().next().value!);
    sourcesCache.set(codebase, files);
  }
  return files;
}

/** A verification of one attempt (the answer against its tests), in the shape review and export read. */
export function singleAttempt(outcome: AttemptOutcome, solution: string, tests: string, worker: string): Verification {
  const status = outcome.status === 'cancelled' ? 'error' : outcome.status;
  const passed = status === 'passed' ? 1 : 0;
  return {
    status,
    attempts: [
      {
        index: 0,
        role: 'reference',
        solution,
        tests,
        status,
        message: outcome.message,
        counts: outcome.tests,
        results: outcome.results,
        coverage: outcome.coverage,
        output: outcome.output,
        durationMs: outcome.durationMs,
        model: null,
        promptHash: null,
      },
    ],
    passed,
    passRate: passed,
    difficulty: difficultyOf(passed, 1),
    kept: passed ? 0 : -1,
    coverage: passed ? (outcome.coverage?.ratio ?? null) : null,
    solution,
    tests,
    fingerprint: outcome.fingerprint,
    unsandboxed: outcome.unsandboxed,
    worker,
    verifiedAt: Date.now(),
  };
}

/** Runs a codebase task's answer against its tests in the sandbox, the codebase importable read-only. */
export async function verifyCodebaseAnswer(
  codebase: string,
  solution: string,
  tests: string,
  options: { worker: string; signal?: AbortSignal },
): Promise<Verification> {
  const files = await codebaseFiles(codebase);
  const outcome = await openSandbox().run({
    solution,
    tests,
    files,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return singleAttempt(outcome, solution, tests, options.worker);
}

/** A relation's verification record: nothing to run, the answer is the graph's own (verified by construction). */
export function byConstruction(codebase: string, fact: string, answer: string, worker: string) {
  const message = `Verified by construction: the answer is read exactly from the code graph of ${codebase} (${fact}, cypher/synthesis/codebase-relations.cypher); no sandbox run is needed.`;
  return {
    status: 'passed',
    attempts: [
      {
        index: 0,
        role: 'reference',
        solution: answer,
        tests: '',
        status: 'passed',
        message,
        counts: { passed: 0, failed: 0, total: 0 },
        results: [],
        coverage: null,
        output: '',
        durationMs: 0,
        model: null,
        promptHash: null,
      },
    ],
    passed: 1,
    passRate: 1,
    difficulty: difficultyOf(1, 1),
    kept: 0,
    coverage: null,
    solution: answer,
    tests: '',
    fingerprint: `graph:${codebase}`,
    unsandboxed: false,
    worker,
    verifiedAt: Date.now(),
    byConstruction: message,
  } satisfies Verification & { byConstruction: string };
}
