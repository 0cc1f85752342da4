import type { StepName, SynthesisTask } from '../../domain/steps';
import type { LlmConfig } from '../../llm/config';
import type { LlmUsage } from '../../llm/usage';
import type { BatchContext, DrawnAhead } from '../batch-context';
import type { BatchParams } from '../types';

/** Request options for one step's LLM call. */
export interface StepCall {
  config: LlmConfig;
  signal: AbortSignal;
  headers: Record<string, string>;
}

/** What a step sees of its item. */
export interface StepItem {
  context: BatchContext;
  index: number;
  /** The random draw and its score, computed ahead for the whole claim (random strategy only). */
  ahead: DrawnAhead | undefined;
  /** Options for this step's LLM call: the item's abort signal and its tagging headers. */
  call: StepCall;
  /** The runner that runs the item (recorded with what a step produces). */
  runner: string;
}

/** A USES link of the finished Problem to an element of the graph. */
export interface UseLink {
  type: string;
  key: string;
  /** scenario/feature: (:Element) links; subject/answer/chain/api: code graph links (lib/codebase/MODEL.md). */
  role: 'scenario' | 'feature' | 'subject' | 'answer' | 'chain' | 'api';
  position: number;
}

/** What a step adds to the item's Problem when the item finishes, and to its batch's counters. */
export interface ProblemPart {
  fields: Record<string, unknown>;
  uses?: UseLink[];
  /** Items that fell back to the random draw (llm strategy). */
  fallbacks?: number;
  /** Items flagged by the feature check. */
  flagged?: number;
}

export interface StepResult<Output> {
  output: Output;
  /** Usage of the step's LLM calls (none for a step that called no model). */
  usage: LlmUsage[];
}

/**
 * One step of an item (SPEC.md §5). The runner runs the steps in list order, skips those whose
 * output the item already stores, hands each step the outputs of the steps it needs, and builds the
 * Problem from what every step stores.
 */
export interface ItemStep<Output, Inputs> {
  name: StepName;
  /** Earlier steps whose outputs `run` and `stores` read (as `inputs[name]`). */
  needs: readonly StepName[];
  /** The LLM task the step calls for a batch with these parameters; null when it calls none. */
  taskFor(params: Pick<BatchParams, 'strategy' | 'verify' | 'kind'>): SynthesisTask | null;
  /** After this step the item's outputs so far are checkpointed if the rest is slow, so a crash repeats only the rest. */
  checkpoint: boolean;
  run(item: StepItem, inputs: Inputs): Promise<StepResult<Output>>;
  /** What the finished item's Problem stores of this step's output. */
  stores(output: Output, inputs: Inputs): ProblemPart;
}

/** A step of the list, its output and inputs erased (each module keeps its own types). */
export type AnyStep = ItemStep<unknown, never>;
