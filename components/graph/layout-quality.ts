// Layout-quality figures shared by the unit tests, the e2e test and bench:explore: how many nodes
// have a position of their own, how many node pairs overlap, how many shown labels collide.
import { overlappingPairs } from './layout';

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  /** Diameter. */
  size: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Share of nodes whose position (rounded to `tolerance`) no other node shares. */
export function distinctShare(nodes: readonly PlacedNode[], tolerance = 1): number {
  if (nodes.length === 0) return 1;
  const seen = new Map<string, number>();
  for (const n of nodes) {
    const key = `${Math.round(n.x / tolerance)},${Math.round(n.y / tolerance)}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  let alone = 0;
  for (const n of nodes)
    if (seen.get(`${Math.round(n.x / tolerance)},${Math.round(n.y / tolerance)}`) === 1) alone += 1;
  return alone / nodes.length;
}

/** Node pairs whose shapes (circles of their diameter) overlap. */
export function nodeOverlaps(nodes: readonly PlacedNode[]): number {
  return overlappingPairs(nodes.map((n) => ({ x: n.x, y: n.y, radius: n.size / 2 })));
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Pairs of boxes that overlap (quadratic; the shown labels of one view are a few hundred at most). */
export function boxOverlaps(boxes: readonly Box[]): number {
  let count = 0;
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) if (boxesOverlap(boxes[i]!, boxes[j]!)) count += 1;
  }
  return count;
}
