// Explore's layout: d3-force (a maintained force simulation with a Barnes–Hut many-body term and
// a collision force) seeded from a deterministic sunflower spiral. It replaced fcose, whose draft
// quality (the spectral step alone, used above 200 nodes) put 201 nodes on 8 distinct positions.
// Pure: no DOM, no Cytoscape, so it runs the same on the page, in the worker and in the bench.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutNode {
  id: string;
  /** Diameter in model px. */
  size: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
  weight: number;
}

export interface LayoutRequest {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Nodes that are already placed and must not move (an expansion keeps the view stable). */
  fixed?: Positions;
  /** The node to put first, at the centre (the focus). */
  centre?: string;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  /** Where the node is pulled to: the view's centre, or for an expansion its anchor. */
  home: { x: number; y: number };
}

/** Room around each node for its label and a little air: collisions use radius + this. */
export const NODE_PADDING = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions on a sunflower spiral: every index gets its own point, spaced so neighbours on the
 * spiral are about `spacing` apart. A deterministic, collision-free start for the simulation.
 */
export function spiral(count: number, spacing: number, centre = { x: 0, y: 0 }): Array<{ x: number; y: number }> {
  const out: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < count; i += 1) {
    const r = spacing * Math.sqrt(i + 0.5);
    const a = i * GOLDEN_ANGLE;
    out.push({ x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
  }
  return out;
}

/** Lays the graph out; fixed nodes stay where they are and new ones start beside their neighbours. */
export function forceLayout(request: LayoutRequest): Positions {
  const steps = forceLayoutSteps(request);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Ticks per step of forceLayoutSteps: ~20–40 ms of work at 500 nodes. */
const TICKS_PER_STEP = 8;

/**
 * forceLayout in steps: it pauses every few ticks, so a server can go on streaming a page between
 * them. The same input gives the same positions as forceLayout.
 */
export function* forceLayoutSteps(request: LayoutRequest): Generator<void, Positions, void> {
  const fixed = request.fixed ?? {};
  const degree = new Map<string, number>();
  for (const e of request.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.weight);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.weight);
  }
  const ids = new Set(request.nodes.map((n) => n.id));
  const edges = request.edges.filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target));
  const maxSize = Math.max(1, ...request.nodes.map((n) => n.size));
  const spacing = maxSize / 2 + NODE_PADDING + 12;

  const nodes: SimNode[] = request.nodes.map((n) => ({ id: n.id, radius: n.size / 2, home: { x: 0, y: 0 } }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed = nodes.filter((n) => fixed[n.id]);
  for (const n of placed) {
    n.fx = n.x = fixed[n.id]!.x;
    n.fy = n.y = fixed[n.id]!.y;
  }

  const free = nodes.filter((n) => !fixed[n.id]);
  if (placed.length === 0) {
    // A fresh view: the centre node first, then by weighted degree, hubs near the middle.
    free.sort(
      (a, b) =>
        Number(b.id === request.centre) - Number(a.id === request.centre) ||
        (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    spiral(free.length, spacing).forEach((p, i) => Object.assign(free[i]!, p));
  } else {
    // An expansion: each new node starts on a small spiral around its heaviest placed neighbour.
    const heaviest = new Map<string, { anchor: string; weight: number }>();
    for (const e of edges) {
      for (const [a, b] of [
        [e.source, e.target],
        [e.target, e.source],
      ] as const) {
        if (fixed[a] || !fixed[b]) continue;
        if ((heaviest.get(a)?.weight ?? -1) < e.weight) heaviest.set(a, { anchor: b, weight: e.weight });
      }
    }
    const groups = new Map<string, SimNode[]>();
    for (const n of free) {
      const key = heaviest.get(n.id)?.anchor ?? '';
      groups.set(key, [...(groups.get(key) ?? []), n]);
    }
    const xs = placed.map((n) => n.x!);
    const ys = placed.map((n) => n.y!);
    const outside = { x: Math.max(...xs) + spacing * 4, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    for (const [anchor, group] of groups) {
      const centre = anchor ? { x: fixed[anchor]!.x, y: fixed[anchor]!.y } : outside;
      for (const n of group) n.home = centre;
      // Skip the spiral's first point, which is the anchor itself.
      spiral(group.length + 1, spacing, centre)
        .slice(1)
        .forEach((p, i) => Object.assign(group[i]!, p));
    }
  }

  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const links: Array<SimulationLinkDatum<SimNode> & { weight: number }> = edges.map((e) => ({
    source: byId.get(e.source)!,
    target: byId.get(e.target)!,
    weight: e.weight,
  }));
  const n = nodes.length;
  // An expansion moves only the new nodes: a weak charge, a strong pull to the anchor.
  const expansion = placed.length > 0;
  const simulation = forceSimulation<SimNode>(nodes)
    .stop()
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .distance((l) => (l.source as SimNode).radius + (l.target as SimNode).radius + 40)
        // Heavier co-occurrence pulls harder; the many-body term keeps light pairs apart.
        .strength((l) => 0.05 + 0.35 * Math.sqrt(l.weight / maxWeight)),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength((d) => (expansion ? -10 : -60 - 4 * d.radius))
        .distanceMax(spacing * 12)
        .theta(0.9),
    )
    .force(
      'collide',
      forceCollide<SimNode>((d) => d.radius + NODE_PADDING)
        .iterations(1)
        .strength(0.9),
    )
    .force('x', forceX<SimNode>((d) => d.home.x).strength(expansion ? 0.3 : 0.04))
    .force('y', forceY<SimNode>((d) => d.home.y).strength(expansion ? 0.3 : 0.04));
  // Fewer ticks for large views (a tick costs ~4 ms at 500 nodes, ~10 at 1,000 here): the spiral
  // start is already close, and alpha still cools fully. (60 at 300–600 nodes left label room too tight.)
  const ticks = expansion ? 100 : n > 600 ? 60 : n > 300 ? 80 : n > 100 ? 150 : 220;
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
  for (let done = 0; done < ticks; done += TICKS_PER_STEP) {
    simulation.tick(Math.min(TICKS_PER_STEP, ticks - done));
    yield;
  }

  // Settle: collisions alone until no two nodes overlap, so the picture never stacks shapes.
  simulation.force('link', null).force('charge', null).force('x', null).force('y', null);
  simulation.force(
    'collide',
    forceCollide<SimNode>((d) => d.radius + NODE_PADDING)
      .iterations(2)
      .strength(1),
  );
  for (let round = 0; round < 40 && overlappingPairs(nodes, NODE_PADDING / 2) > 0; round += 1) {
    simulation.alpha(0.3).tick(8);
    yield;
  }

  // Checking every node against every other is quadratic: only when the grid check still sees a clash.
  if (overlappingPairs(nodes, NODE_PADDING / 2) > 0) unstick(nodes, NODE_PADDING / 2);
  const out: Positions = {};
  for (const node of nodes) out[node.id] = { x: node.x ?? 0, y: node.y ?? 0 };
  return out;
}

/**
 * The rare node the collision force could not free (wedged between fixed nodes) moves to the
 * nearest free point on a spiral around where it is. Fixed nodes never move.
 */
function unstick(nodes: SimNode[], gap: number): void {
  const clashes = (n: SimNode, x: number, y: number) =>
    nodes.some((m) => m !== n && Math.hypot(x - m.x!, y - m.y!) < n.radius + m.radius + gap);
  for (const n of nodes) {
    if (n.fx != null || !clashes(n, n.x!, n.y!)) continue;
    const step = n.radius + gap;
    for (const p of spiral(4000, step / 2, { x: n.x!, y: n.y! })) {
      if (!clashes(n, p.x, p.y)) {
        n.x = p.x;
        n.y = p.y;
        break;
      }
    }
  }
}

/** Pairs of circles closer than the sum of their radii plus `gap`: a grid keeps it near linear. */
export function overlappingPairs(nodes: ReadonlyArray<{ x?: number; y?: number; radius: number }>, gap = 0): number {
  if (nodes.length < 2) return 0;
  const cell = Math.max(1, 2 * Math.max(...nodes.map((n) => n.radius)) + gap);
  const grid = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const key = `${Math.floor((n.x ?? 0) / cell)},${Math.floor((n.y ?? 0) / cell)}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  let count = 0;
  nodes.forEach((a, i) => {
    const cx = Math.floor((a.x ?? 0) / cell);
    const cy = Math.floor((a.y ?? 0) / cell);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= i) continue;
          const b = nodes[j]!;
          const d = Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0));
          if (d < a.radius + b.radius + gap) count += 1;
        }
      }
    }
  });
  return count;
}
