// Which labels to draw: the most important first, each only if its box collides with no label
// already kept, so labels never pile up at any zoom. A uniform grid keeps it near linear.
import { boxesOverlap, type Box } from './layout-quality';

export interface LabelCandidate extends Box {
  id: string;
  /** Higher goes first (focus, selection, expanded nodes, then document count). */
  priority: number;
}

export interface Obstacle extends Box {
  /** The node this box belongs to: its own label may touch it. */
  id: string;
  /** A node's importance: only labels at least as important may cover it. Kept labels have none and block all. */
  priority?: number;
}

/**
 * Keeps labels in priority order while they collide with no kept label and cover no node more
 * important than their own (`obstacles`); labels in `always` (focus, selection) are kept whatever they cover.
 */
export function cullLabels(
  candidates: readonly LabelCandidate[],
  viewport?: Box,
  obstacles: readonly Obstacle[] = [],
  always: ReadonlySet<string> = new Set(),
  cell = 64,
): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const grid = new Map<string, Obstacle[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x += 1) {
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y += 1) out.push(`${x},${y}`);
    }
    return out;
  };
  const add = (box: Obstacle, cells: string[]) => {
    for (const k of cells) {
      const bucket = grid.get(k);
      if (bucket) bucket.push(box);
      else grid.set(k, [box]);
    }
  };
  for (const o of obstacles) add(o, keys(o));
  const kept = new Set<string>();
  for (const label of order) {
    if (viewport && !boxesOverlap(label, viewport)) continue;
    const cells = keys(label);
    const blocked = cells.some((k) =>
      (grid.get(k) ?? []).some(
        (b) => b.id !== label.id && (b.priority === undefined || b.priority > label.priority) && boxesOverlap(b, label),
      ),
    );
    if (blocked && !always.has(label.id)) continue;
    kept.add(label.id);
    // A kept label blocks every other label, its own node's included.
    add({ x1: label.x1, y1: label.y1, x2: label.x2, y2: label.y2, id: `label:${label.id}` }, cells);
  }
  return kept;
}
