/**
 * The steps an item of a synthesis batch runs, in order (SPEC.md §5), and the LLM tasks they call.
 * Pure and import-free: the runner, the API types and client components all name steps from here.
 */

/** An item's steps, in the order they run. */
export const STEP_NAMES = ['select', 'problem', 'answer', 'verify', 'examples'] as const;
export type StepName = (typeof STEP_NAMES)[number];

/** The LLM tasks of synthesis; each has its own model setting (the endpoint configuration). */
export const SYNTHESIS_TASKS = ['select', 'synthesize', 'answer', 'verify'] as const;
export type SynthesisTask = (typeof SYNTHESIS_TASKS)[number];

/** The task each step calls when it calls the LLM. */
export const STEP_TASKS: Readonly<Record<StepName, SynthesisTask>> = {
  select: 'select',
  problem: 'synthesize',
  answer: 'answer',
  verify: 'verify',
  // Inputs for executed examples: a verification-side task, with its model setting.
  examples: 'verify',
};

export function isStepName(value: string): value is StepName {
  return (STEP_NAMES as readonly string[]).includes(value);
}
