import 'server-only';
import { STEP_NAMES, type SynthesisTask } from '../../domain/steps';
import type { BatchParams } from '../types';
import { answerStep } from './answer';
import { examplesStep } from './examples';
import { problemStep } from './problem';
import { selectStep } from './select';
import { verifyStep } from './verify';
import type { AnyStep } from './step';

/** An item's steps in the order they run. Adding a step: its module, and its entry here (and its name in lib/domain/steps.ts). */
export const STEPS: readonly AnyStep[] = [selectStep, problemStep, answerStep, verifyStep, examplesStep];

// The list and the step names must agree, and a step may only need steps before it.
STEPS.forEach((step, i) => {
  if (step.name !== STEP_NAMES[i])
    throw new Error(`step ${i} is ${step.name}, but lib/domain/steps.ts names ${STEP_NAMES[i]} there`);
  for (const need of step.needs)
    if (!STEPS.slice(0, i).some((s) => s.name === need))
      throw new Error(`step ${step.name} needs ${need}, which does not run before it`);
});
if (STEPS.length !== STEP_NAMES.length)
  throw new Error('lib/domain/steps.ts names a step that lib/synthesis/steps/index.ts does not list');

/** The LLM tasks a batch with these parameters calls, in step order. */
export function tasksOf(params: Pick<BatchParams, 'strategy' | 'verify'>): SynthesisTask[] {
  return STEPS.map((step) => step.taskFor(params)).filter((task): task is SynthesisTask => task !== null);
}
