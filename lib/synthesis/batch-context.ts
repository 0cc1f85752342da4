import 'server-only';
import { StaleGraphError } from '../graph/graph-version';
import { batchDrawer, type BatchDraw, type BatchDrawer } from '../sampler/batch-drawer';
import type { ScoredItem } from '../sampling/run';
import type { BatchParams } from './types';

/** What a runner knows of one batch: its parameters, its drawer, and its budget guard. */
export interface BatchContext {
  id: string;
  params: BatchParams;
  /** Made on first use (a Case2Code batch draws nothing); dropped after a failure so the next use retries. */
  drawer: Promise<BatchDrawer> | null;
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
  return { id, params, drawer: null, maxTokens: null, storedTokens: 0, unstoredTokens: 0 };
}

function drawerOf(context: BatchContext): Promise<BatchDrawer> {
  if (context.drawer) return context.drawer;
  const drawer = batchDrawer(context.params);
  context.drawer = drawer;
  drawer.catch(() => {
    if (context.drawer === drawer) context.drawer = null;
  });
  return drawer;
}

/** Runs `work` on the batch's drawer; if the graph changed under the batch, once more on a fresh one. */
export async function withFreshDrawer<T>(context: BatchContext, work: (drawer: BatchDrawer) => Promise<T>): Promise<T> {
  try {
    return await work(await drawerOf(context));
  } catch (error) {
    if (!(error instanceof StaleGraphError)) throw error;
    context.drawer = null;
    return work(await drawerOf(context));
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
