import 'server-only';
import { STEP_NAMES, type SynthesisTask } from '../../domain/steps';
import type { BatchKind, BatchParams } from '../types';
import { answerStep } from './answer';
import { codebaseAnswerStep, codebaseProblemStep, codebaseSelectStep, codebaseVerifyStep } from './codebase';
import { case2codeAnswerStep, case2codeProblemStep, case2codeSelectStep, case2codeVerifyStep } from './case2code';
import { examplesStep } from './examples';
import { problemStep } from './problem';
import { selectStep } from './select';
import { verifyStep } from './verify';
import type { AnyStep } from './step';

/**
 * An item's steps in the order they run, per batch kind. Adding a step: its module, and its entry here
 * (and its name in lib/domain/steps.ts). A kind's list names steps in lib/domain/steps.ts's order.
 */
export const STEP_LISTS: Readonly<Record<BatchKind, readonly AnyStep[]>> = {
  scenario: [selectStep, problemStep, answerStep, verifyStep, examplesStep],
  case2code: [case2codeSelectStep, case2codeProblemStep, case2codeAnswerStep, case2codeVerifyStep],
  codebase: [codebaseSelectStep, codebaseProblemStep, codebaseAnswerStep, codebaseVerifyStep],
};

// Each list follows the step names' order, and a step may only need steps before it.
for (const [kind, steps] of Object.entries(STEP_LISTS)) {
  const order = steps.map((step) => STEP_NAMES.indexOf(step.name));
  if (order.some((at, i) => at < 0 || (i > 0 && at <= order[i - 1]!)))
    throw new Error(`the ${kind} steps are not in lib/domain/steps.ts's order: ${steps.map((s) => s.name).join(', ')}`);
  steps.forEach((step, i) => {
    for (const need of step.needs)
      if (!steps.slice(0, i).some((s) => s.name === need))
        throw new Error(`${kind} step ${step.name} needs ${need}, which does not run before it`);
  });
}
if (!STEP_NAMES.every((name) => Object.values(STEP_LISTS).some((steps) => steps.some((s) => s.name === name))))
  throw new Error('lib/domain/steps.ts names a step that no list in lib/synthesis/steps/index.ts runs');

/** The steps of a batch's items. */
export function stepsOf(params: Pick<BatchParams, 'kind'>): readonly AnyStep[] {
  return STEP_LISTS[params.kind ?? 'scenario'];
}

/** The LLM tasks a batch with these parameters calls, in step order. */
export function tasksOf(params: Pick<BatchParams, 'strategy' | 'verify' | 'kind'>): SynthesisTask[] {
  return stepsOf(params)
    .map((step) => step.taskFor(params))
    .filter((task): task is SynthesisTask => task !== null);
}
