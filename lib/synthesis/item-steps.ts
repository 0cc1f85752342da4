import 'server-only';
import { StaleGraphError } from '../graph/graph-version';
import { batchDrawer, type BatchDraw, type BatchDrawer } from '../sampler/sampler';
import { chatJson } from '../llm/client';
import type { LlmConfig } from '../llm/config';
import type { ScoredItem } from '../sampling/run';
import { addUsage, noTokens, type Draft, type Tokens } from './item-writes';
import { problemRequest } from './requests';
import { pickWithLlm, type SelectionRecord } from '../sampler/llm-select';
import type { BatchParams, CombinationFeature } from './types';

/** What a runner knows of one batch: its parameters, its drawer, and its budget guard. */
export interface BatchContext {
  id: string;
  params: BatchParams;
  drawer: Promise<BatchDrawer>;
  /** The budget guard: the batch's limit, its stored total, and tokens finished here but not yet stored. */
  maxTokens: number | null;
  storedTokens: number;
  unstoredTokens: number;
}

/** An item's random draw and its score, computed before its LLM calls need them. */
export interface DrawnAhead {
  draw: BatchDraw;
  scored: ScoredItem;
}

export function newBatchContext(id: string, params: BatchParams): BatchContext {
  return { id, params, drawer: batchDrawer(params), maxTokens: null, storedTokens: 0, unstoredTokens: 0 };
}

/** Runs `work` on the batch's drawer; if the graph changed under the batch, once more on a fresh one. */
async function withFreshDrawer<T>(context: BatchContext, work: (drawer: BatchDrawer) => Promise<T>): Promise<T> {
  try {
    return await work(await context.drawer);
  } catch (error) {
    if (!(error instanceof StaleGraphError)) throw error;
    context.drawer = batchDrawer(context.params);
    return work(await context.drawer);
  }
}

/** Draws and scores a claim's items in one weight lookup, setting each item's `ahead`. */
export function drawAhead(context: BatchContext, items: Array<{ index: number; ahead?: Promise<DrawnAhead> }>): void {
  if (items.length === 0) return;
  const all = withFreshDrawer(context, async (drawer) => {
    const draws = await Promise.all(items.map((item) => drawer.draw(item.index)));
    const scored = await drawer.scoreMany(draws.map((draw) => ({ draw, combination: draw.combination })));
    return draws.map((draw, i) => ({ draw, scored: scored[i]! }));
  });
  // A failure here is the item's own failure, met again (and classified) in its problem step.
  all.catch(() => undefined);
  items.forEach((item, i) => {
    item.ahead = all.then((results) => results[i]!);
  });
}

type CallOptions = { config: LlmConfig; signal: AbortSignal; headers: Record<string, string> };

/** An item's first steps: its combination (random draw, or the LLM's pick), then the problem. */
export async function problemStep(context: BatchContext, index: number, ahead: DrawnAhead | undefined, call: (step: 'select' | 'problem') => CallOptions, spent: Tokens): Promise<Draft> {
  const tokens = noTokens();
  const draw = ahead?.draw ?? (await withFreshDrawer(context, (drawer) => drawer.draw(index)));
  let combination = draw.combination;
  let selection: SelectionRecord | null = null;
  const models: Record<string, string> = {};
  const promptHashes: Record<string, string> = {};
  if (context.params.strategy === 'llm') {
    const pick = await pickWithLlm(draw.prepared, context.params.counts, draw.combination, call('select'));
    combination = pick.combination;
    selection = pick.selection;
    addUsage(tokens, pick.usage);
    addUsage(spent, pick.usage);
    if (pick.usage) {
      models.select = pick.usage.model;
      promptHashes.select = pick.usage.promptHash;
    }
  }
  // If the graph changed under the batch, the combination stays and is scored on the new graph.
  const scored = ahead && combination === draw.combination ? ahead.scored : await withFreshDrawer(context, (drawer) => drawer.score(draw, combination));
  const features: CombinationFeature[] = combination.features.map((f) => ({ id: `${f.type}:${f.key}`, type: f.type, key: f.key, name: f.name }));
  const problem = await chatJson({ ...problemRequest({ scenario: draw.scenario, features }), ...call('problem') });
  addUsage(tokens, problem.usage);
  addUsage(spent, problem.usage);
  models.synthesize = problem.usage.model;
  promptHashes.problem = problem.usage.promptHash;
  return { scenario: draw.scenario, features, coherence: scored.coherence, selection, problem: problem.data, models, promptHashes, tokens, uncounted: { ...tokens } };
}
