import 'server-only';
import { StaleGraphError } from '../graph/graph-version';
import { batchDrawer, type BatchDraw, type BatchDrawer } from '../sampler/batch-drawer';
import type { ScoredItem } from '../sampling/run';
import type { BatchParams } from './types';

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
export async function withFreshDrawer<T>(context: BatchContext, work: (drawer: BatchDrawer) => Promise<T>): Promise<T> {
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
