// Which labels to draw: the most important first, each only if its box collides with no label
// already kept, so labels never pile up at any zoom. A uniform grid keeps it near linear.
import { boxesOverlap, type Box } from './layout-quality';

export interface LabelCandidate extends Box {
  id: string;
  /** Higher goes first (focus, selection, expanded nodes, then document count). */
  priority: number;
}

export function cullLabels(candidates: readonly LabelCandidate[], viewport?: Box, cell = 64): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const grid = new Map<string, Box[]>();
  const keys = (b: Box) => {
    const out: string[] = [];
    for (let x = Math.floor(b.x1 / cell); x <= Math.floor(b.x2 / cell); x += 1) {
      for (let y = Math.floor(b.y1 / cell); y <= Math.floor(b.y2 / cell); y += 1) out.push(`${x},${y}`);
    }
    return out;
  };
  const kept = new Set<string>();
  for (const label of order) {
    if (viewport && !boxesOverlap(label, viewport)) continue;
    const cells = keys(label);
    if (cells.some((k) => (grid.get(k) ?? []).some((b) => boxesOverlap(b, label)))) continue;
    kept.add(label.id);
    for (const k of cells) {
      const bucket = grid.get(k);
      if (bucket) bucket.push(label);
      else grid.set(k, [label]);
    }
  }
  return kept;
}
