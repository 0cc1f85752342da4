import 'server-only';
import { STEP_TASKS, type StepName } from '../domain/steps';
import type { LlmConfig } from '../llm/config';
import { ClassifiedError } from '../domain/errors';
import { LlmError } from '../llm/errors';
import type { BatchContext, DrawnAhead } from './batch-context';
import { addUsage, emptyDraft, finishWrite, noTokens, type Draft, type ItemWrite } from './item-writes';
import { stepsOf } from './steps';
import type { ProblemPart, StepCall } from './steps/step';

/** An item a runner holds a lease on: waiting to start, at the LLM, or waiting to be written. */
export interface HeldItem {
  context: BatchContext;
  index: number;
  draft: Draft | null;
  controller: AbortController;
  stage: 'ready' | 'working' | 'writing';
  /** The random draw and its score, computed for a whole claim at once (random strategy only). */
  ahead?: Promise<DrawnAhead>;
}

export interface ItemRunOptions {
  config: LlmConfig;
  /** Extra request headers per call (tests inject stub faults with them). */
  headersFor?: (item: { batchId: string; index: number; step: StepName }) => Record<string, string> | undefined;
  /** The runner's id, recorded with what steps produce. */
  runner: string;
  /** Stores the outputs so far, when the rest of the item is slow. */
  checkpoint: (draft: Draft) => void;
  log: (message: string) => void;
}

/** The rest of an item slower than this gets the outputs so far checkpointed first. */
const CHECKPOINT_AFTER_MS = 1_000;

/** Inputs of a step: the outputs of the steps it needs. */
function inputsOf(draft: Draft, needs: readonly StepName[]): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const need of needs) {
    if (draft.outputs[need] === undefined) throw new Error(`step ${need} has no output`);
    inputs[need] = draft.outputs[need];
  }
  return inputs;
}

/**
 * Runs the item's steps not yet stored in its draft, in order, and returns what to write: the
 * finished Problem, or the failure (keeping the steps done for a retry). Null: the item was aborted.
 */
export async function runItem(key: string, item: HeldItem, options: ItemRunOptions): Promise<ItemWrite | null> {
  const { context, index } = item;
  const signal = item.controller.signal;
  const call = (step: StepName): StepCall => ({
    config: options.config,
    signal,
    headers: { 'x-scogen-item': `${key}/${step}`, ...options.headersFor?.({ batchId: context.id, index, step }) },
  });
  const ahead = await item.ahead?.catch(() => undefined);
  const draft = item.draft ?? emptyDraft();
  let checkpoint: NodeJS.Timeout | undefined;
  let slow = false;
  const steps = stepsOf(context.params);
  try {
    for (const [position, step] of steps.entries()) {
      if (draft.outputs[step.name] !== undefined) continue;
      const result = await step.run(
        { context, index, ahead, call: call(step.name), runner: options.runner },
        inputsOf(draft, step.needs) as never,
      );
      draft.outputs[step.name] = result.output;
      for (const usage of result.usage) {
        addUsage(draft.tokens, usage);
        addUsage(draft.uncounted, usage);
        draft.models[STEP_TASKS[step.name]] = usage.model;
        draft.promptHashes[step.name] = usage.promptHash;
      }
      // The first checkpoint step starts the clock; once the item has proved slow, every later
      // checkpoint step stores its output at once (the answer before a long verification).
      // Nothing is worth checkpointing when no later step calls anything (the item is about to be written).
      const worthKeeping =
        step.checkpoint && steps.slice(position + 1).some((later) => later.taskFor(context.params) !== null);
      if (worthKeeping && slow) options.checkpoint(structuredClone(draft));
      else if (worthKeeping && checkpoint === undefined)
        checkpoint = setTimeout(() => {
          slow = true;
          options.checkpoint(structuredClone(draft));
        }, CHECKPOINT_AFTER_MS);
    }
    clearTimeout(checkpoint);
    const parts: ProblemPart[] = steps.map((step) =>
      step.stores(draft.outputs[step.name], inputsOf(draft, step.needs) as never),
    );
    return finishWrite(key, context.id, draft, parts);
  } catch (error) {
    clearTimeout(checkpoint);
    if (signal.aborted) return null;
    const failureClass =
      error instanceof LlmError || error instanceof ClassifiedError ? error.failureClass : 'internal';
    if (failureClass === 'internal') options.log(`item ${key} failed: ${(error as Error).stack ?? String(error)}`);
    const tokens = draft.uncounted;
    if (error instanceof LlmError) addUsage(tokens, error.usage);
    const kept = Object.keys(draft.outputs).length > 0 ? JSON.stringify({ ...draft, uncounted: noTokens() }) : null;
    return {
      kind: 'fail',
      key,
      batchId: context.id,
      failureClass,
      message: (error as Error).message.slice(0, 2_000),
      draft: kept,
      tokens,
    };
  }
}
