'use client';

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { ElementType } from '@/lib/domain/element-types';
import type { GraphElement } from '@/lib/graph/to-elements';
import { GRAPH_STYLE } from '@/components/shared/graph-style';
import { fcoseOptions, type Positions } from './layout';

cytoscape.use(fcose);

export interface GraphCanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  png(): Blob | null;
  visibleElements(): ElementDefinition[];
}

export interface GraphStats {
  nodes: number;
  edges: number;
  laidOut: boolean;
}

interface GraphCanvasProps {
  elements: GraphElement[];
  /** A change of this key lays the whole view out again (a new focus); otherwise new nodes are placed around old ones. */
  layoutKey: string;
  expandedIds: string[];
  hiddenTypes: ElementType[];
  minWeight: number;
  selectedId: string | null;
  /** True while neighbourhoods are still loading: the view is not complete yet. */
  loading: boolean;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onStats(stats: GraphStats): void;
}

let nextLayoutId = 1;
/** Views up to this many nodes are laid out on the main thread: fcose draft takes ~0.2 s for 500. */
const MAIN_THREAD_LAYOUT_MAX = 600;
let sharedWorker: Worker | null | undefined;

/** One layout worker per page, started early so its script is parsed before the data arrives. */
export function layoutWorker(): Worker | null {
  if (sharedWorker === undefined) {
    try {
      sharedWorker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      sharedWorker = null;
    }
  }
  return sharedWorker;
}

/** Lays out in the worker; rejects (and the caller falls back to the main thread) without one. */
function layoutInWorker(elements: GraphElement[], fixed?: Positions): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = layoutWorker();
    if (!worker) {
      reject(new Error('no worker'));
      return;
    }
    const id = nextLayoutId++;
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      clearTimeout(timer);
    };
    const onMessage = (event: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      if (event.data.id !== id) return;
      done();
      if (event.data.positions) resolve(event.data.positions);
      else reject(new Error(event.data.error ?? 'layout failed'));
    };
    const onError = (event: ErrorEvent) => {
      done();
      reject(new Error(event.message));
    };
    // A worker that never answers must not leave the view hidden: fall back after a while.
    const timer = setTimeout(() => {
      done();
      reject(new Error('layout worker timed out'));
    }, 20_000);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, elements, fixed });
  });
}

/** What the filters leave on screen, from our own classes: Cytoscape's :visible lags a frame behind. */
function shown(cy: Core) {
  const hidden = (node: cytoscape.NodeSingular) => node.hasClass('hidden-type');
  const nodes = cy.nodes().filter((n) => !hidden(n));
  const edges = cy.edges().filter((e) => !e.hasClass('below-min') && !hidden(e.source()) && !hidden(e.target()));
  return { nodes, edges };
}

/** Places new nodes on a ring around their strongest already-placed neighbour. */
function placeAround(cy: Core, added: string[], preferred: string[]): void {
  const rings = new Map<string, string[]>();
  for (const id of added) {
    const node = cy.getElementById(id);
    const placed = node.neighborhood('node').filter((n) => !added.includes(n.id())) as cytoscape.NodeCollection;
    if (placed.empty()) continue;
    const strongest = placed.max((n) => Number(n.edgesWith(node).first().data('weight') ?? 0)).ele;
    const anchor =
      placed
        .filter((n) => preferred.includes(n.id()))
        .first()
        .id() || strongest.id();
    rings.set(anchor, [...(rings.get(anchor) ?? []), id]);
  }
  for (const [anchorId, ids] of rings) {
    const center = cy.getElementById(anchorId).position();
    const radius = 70 + ids.length * 5;
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length;
      cy.getElementById(id).position({
        x: center.x + radius * Math.cos(angle),
        y: center.y + radius * Math.sin(angle),
      });
    });
  }
}

export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutKeyRef = useRef<string | null>(null);
  const layoutGeneration = useRef(0);
  const callbacks = useRef(props);
  const [busy, setBusy] = useState(false);
  const [stats, setStats] = useState<GraphStats>({ nodes: 0, edges: 0, laidOut: false });
  useEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: GRAPH_STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(null);
      else if (event.target.isNode()) callbacks.current.onSelect(event.target.id());
    });
    cy.on('dbltap', 'node', (event) => callbacks.current.onExpand(event.target.id()));
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      // A new instance (React may remount) has laid nothing out yet.
      layoutKeyRef.current = null;
    };
  }, []);

  const report = () => {
    const cy = cyRef.current;
    if (!cy) return;
    const visible = shown(cy);
    const next = { nodes: visible.nodes.length, edges: visible.edges.length, laidOut: !busy };
    setStats(next);
    callbacks.current.onStats(next);
  };

  // Reconcile elements: remove what left, add what arrived, lay out.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(props.elements.map((e) => [e.data.id, e]));
    const fullLayout = layoutKeyRef.current !== props.layoutKey;
    const added: string[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      for (const element of props.elements) {
        const existing = cy.getElementById(element.data.id);
        if (existing.nonempty()) {
          existing.data(element.data);
          existing.classes(element.classes ?? '');
        } else {
          cy.add(element as ElementDefinition);
          if (element.group === 'nodes') added.push(element.data.id);
        }
      }
    });
    if (!fullLayout) {
      placeAround(cy, added, props.expandedIds);
      report();
      return;
    }
    if (cy.nodes().empty()) {
      report();
      return;
    }
    // Only a layout over real nodes settles the key; data that arrives later still gets laid out.
    layoutKeyRef.current = props.layoutKey;
    // A newer full layout supersedes this one; element changes meanwhile do not cancel it.
    const generation = ++layoutGeneration.current;
    if (cy.nodes().length <= MAIN_THREAD_LAYOUT_MAX) {
      // Synchronous: nothing is painted before the layout is done, so nothing needs hiding.
      cy.layout(fcoseOptions(cy.nodes().length) as cytoscape.LayoutOptions).run();
      cy.resize();
      cy.fit(undefined, 30);
      report();
      return;
    }
    setBusy(true);
    cy.elements().style('visibility', 'hidden');
    const finish = (positions: Positions | null) => {
      if (cyRef.current !== cy || generation !== layoutGeneration.current) return;
      if (positions) {
        cy.batch(() => {
          cy.nodes().forEach((node) => {
            const p = positions[node.id()];
            if (p) node.position(p);
          });
        });
        // Nodes that arrived while the worker ran go next to their neighbours.
        placeAround(
          cy,
          cy
            .nodes()
            .filter((n) => !positions[n.id()])
            .map((n) => n.id()),
          callbacks.current.expandedIds,
        );
      } else {
        cy.layout(fcoseOptions(cy.nodes().length) as cytoscape.LayoutOptions).run();
      }
      cy.elements().removeStyle('visibility');
      cy.resize();
      cy.fit(undefined, 30);
      setBusy(false);
    };
    // Larger views go to the worker so the page never freezes.
    layoutInWorker(props.elements).then(finish, () => finish(null));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.elements, props.layoutKey]);

  // Filters and selection are classes and selection state, not new elements.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // Only elements whose state changes are touched: restyling all of a 500-node view costs a frame.
    const sync = (all: cytoscape.Collection, className: string, wanted: cytoscape.Collection) => {
      all.filter(`.${className}`).difference(wanted).removeClass(className);
      wanted.filter(`:not(.${className})`).addClass(className);
    };
    cy.batch(() => {
      const nodes = cy.nodes() as unknown as cytoscape.Collection;
      sync(
        nodes,
        'hidden-type',
        nodes.filter((n) => props.hiddenTypes.includes(n.data('type') as ElementType)),
      );
      sync(
        nodes,
        'expanded',
        nodes.filter((n) => props.expandedIds.includes(n.id())),
      );
      const edges = cy.edges() as unknown as cytoscape.Collection;
      sync(
        edges,
        'below-min',
        edges.filter((e) => Number(e.data('weight')) < props.minWeight),
      );
      const selected = props.selectedId ? cy.getElementById(props.selectedId) : cy.collection();
      cy.$(':selected').difference(selected).unselect();
      if (selected.nonempty() && !selected.selected()) selected.select();
    });
    report();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.hiddenTypes, props.minWeight, props.selectedId, props.expandedIds, props.elements, busy]);

  useImperativeHandle(ref, () => ({
    fit: () => {
      const cy = cyRef.current;
      if (cy) cy.fit(shown(cy).nodes, 30);
    },
    zoomBy: (factor) => {
      const cy = cyRef.current;
      if (!cy) return;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    png: () =>
      cyRef.current
        ? (cyRef.current.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob)
        : null,
    visibleElements: () => {
      const cy = cyRef.current;
      if (!cy) return [];
      const visible = shown(cy);
      return visible.nodes.union(visible.edges).jsons() as unknown as ElementDefinition[];
    },
  }));

  return (
    <div className="graph-canvas-wrap">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={`Co-occurrence graph: ${stats.nodes} nodes, ${stats.edges} edges`}
        data-testid="graph-canvas"
        data-node-count={stats.nodes}
        data-edge-count={stats.edges}
        data-laid-out={stats.laidOut && !busy && !props.loading ? 'true' : 'false'}
      />
      {busy ? (
        <div className="graph-busy" role="status">
          Laying out {props.elements.filter((e) => e.group === 'nodes').length} nodes…
        </div>
      ) : null}
    </div>
  );
});
