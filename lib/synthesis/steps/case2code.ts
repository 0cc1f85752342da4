import 'server-only';
import { readQuery } from '../../db/driver';
import { NotFoundError } from '../../domain/errors';
import { difficultyOf } from '../../domain/verification';
import { case2codeTask, checkHeldBack, type Case2CodeTask, type SourceFunction } from '../../examples/case2code';
import { openSandbox } from '../../sandbox';
import { verificationFields, type Verification } from '../../verification/verify-problem';
import type { ItemStep } from './step';

/**
 * The steps of a Case2Code item (issue 15): the item's real function (select), its task built from
 * observed input/output pairs (problem), the function itself as the answer (answer), and the answer
 * run against the held-back pairs in the sandbox (verify).
 */
export const case2codeSelectStep: ItemStep<SourceFunction, Record<never, never>> = {
  name: 'select',
  needs: [],
  taskFor: () => null,
  checkpoint: false,
  async run({ context, index }) {
    const key = context.params.case2code?.functions[index];
    if (key === undefined) throw new NotFoundError(`Case2Code item ${index} has no function`);
    const [row] = await readQuery('synthesis/case2code-function', { key });
    if (!row) throw new NotFoundError(`The function ${key} is no longer in the graph (scan the documents again)`);
    return { output: { ...row }, usage: [] };
  },
  stores: (fn) => ({
    fields: {
      kind: 'case2code',
      functionKey: fn.key,
      functionName: fn.name,
      sourceDocId: fn.docId,
      scenarioKey: '',
      scenarioName: 'Case2Code',
      coherence: null,
      features: '[]',
      selection: null,
    },
  }),
};

export const case2codeProblemStep: ItemStep<Case2CodeTask, { select: SourceFunction }> = {
  name: 'problem',
  needs: ['select'],
  taskFor: () => 'synthesize',
  checkpoint: true,
  async run({ context, call }, { select }) {
    const params = context.params.case2code;
    const { task, usage } = await case2codeTask(select, {
      asked: params?.inputs ?? 12,
      shown: params?.shown ?? 4,
      seed: context.params.seed,
      sandbox: openSandbox(),
      config: call.config,
      signal: call.signal,
      headers: call.headers,
    });
    return { output: task, usage };
  },
  stores: (task) => ({
    fields: {
      title: task.title,
      statement: task.statement,
      case2code: JSON.stringify(task),
      examplesStatus: 'kept',
      examplesCount: task.pairs.length,
      examplesReason: null,
      examplesDropped: JSON.stringify(task.dropped),
    },
  }),
};

export const case2codeAnswerStep: ItemStep<{ code: string }, { select: SourceFunction }> = {
  name: 'answer',
  needs: ['select'],
  taskFor: () => null,
  checkpoint: false,
  run: async (_item, { select }) => ({ output: { code: select.source }, usage: [] }),
  stores: ({ code }, { select }) => ({
    fields: {
      answerCode: code,
      answerExplanation: `The original \`${select.name}\` as found in document ${select.docId ?? 'unknown'}${select.docTitle ? ` (“${select.docTitle}”)` : ''}.`,
    },
  }),
};

export const case2codeVerifyStep: ItemStep<Verification, { select: SourceFunction; problem: Case2CodeTask }> = {
  name: 'verify',
  needs: ['select', 'problem'],
  taskFor: () => null,
  checkpoint: false,
  async run({ runner, call }, { select, problem }) {
    const sandbox = openSandbox();
    const { tests, outcome } = await checkHeldBack(select, problem, sandbox, call.signal);
    const passed = outcome.status === 'passed' ? 1 : 0;
    return {
      output: {
        status: outcome.status === 'cancelled' ? 'error' : outcome.status,
        attempts: [
          {
            index: 0,
            role: 'reference',
            solution: select.source,
            tests,
            status: outcome.status === 'cancelled' ? 'error' : outcome.status,
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
        solution: select.source,
        tests,
        fingerprint: outcome.fingerprint,
        unsandboxed: outcome.unsandboxed,
        worker: runner,
        verifiedAt: Date.now(),
      },
      usage: [],
    };
  },
  stores: (verification, { select }) => ({
    fields: {
      ...verificationFields(verification, select.source),
      verifyRuns: 1,
      heldBack: verification.attempts[0]!.counts.total,
    },
  }),
};
