'use client';

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { GraphElement } from '@/lib/graph/to-elements';
import { labelBox, updateLabels } from './canvas-labels';
import { EXPLORE_STYLE } from './explore-style';
import type { LayoutRequest } from './layout';
import { layout, layoutRequestOf } from './layout-client';

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

/** What the pointer is over, for the readout under the canvas. */
export type Hovered =
  | { kind: 'edge'; source: string; target: string; weight: number; rel?: string }
  | { kind: 'node'; id: string; label: string; docCount: number; type: string };

interface GraphCanvasProps {
  elements: GraphElement[];
  /** A change of this key lays the whole view out again (a new focus); otherwise new nodes are placed around old ones. */
  layoutKey: string;
  focusId: string | null;
  expandedIds: string[];
  /** Node types (element types or code labels) not drawn. */
  hiddenTypes: readonly string[];
  minWeight: number;
  selectedId: string | null;
  /** True while neighbourhoods are still loading: the view is not complete yet. */
  loading: boolean;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onStats(stats: GraphStats): void;
  onHover(hovered: Hovered | null): void;
  /** What the canvas is called for a screen reader (the kind of graph). */
  label?: string;
}

/** What the filters leave on screen, from our own classes: Cytoscape's :visible lags a frame behind. */
function shown(cy: Core) {
  const nodes = cy
    .nodes()
    .filter((n) => !n.hasClass('hidden-type') && !n.hasClass('orphan')) as cytoscape.NodeCollection;
  const edges = cy
    .edges()
    .filter(
      (e) => !e.hasClass('below-min') && !e.source().hasClass('hidden-type') && !e.target().hasClass('hidden-type'),
    );
  return { nodes, edges };
}

/** Fits the view to these nodes, never zooming a small view in so far that nodes look huge. */
function fitTo(cy: Core, nodes: cytoscape.NodeCollection): void {
  cy.resize();
  cy.fit(nodes.nonempty() ? nodes : undefined, 30);
  if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

function sync(all: cytoscape.Collection, className: string, wanted: cytoscape.Collection): void {
  all
    .filter((e) => e.hasClass(className))
    .difference(wanted)
    .removeClass(className);
  wanted.filter((e) => !e.hasClass(className)).addClass(className);
}

export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutKeyRef = useRef<string | null>(null);
  const layoutGeneration = useRef(0);
  /** Nodes added to the canvas whose place is still being computed. */
  const unplaced = useRef(new Set<string>());
  /** Where removed nodes were, so a node that comes back (Undo dismiss, Back) returns to its place. */
  const remembered = useRef(new Map<string, { x: number; y: number }>());
  /** A whole view waiting for its layout: its elements join the canvas only once they have positions. */
  const pendingFull = useRef(false);
  const callbacks = useRef(props);
  const [busy, setBusyState] = useState(false);
  const busyRef = useRef(false);
  const setBusy = (value: boolean) => {
    busyRef.current = value;
    setBusyState(value);
  };
  const [stats, setStats] = useState<GraphStats>({ nodes: 0, edges: 0, laidOut: false });
  const reported = useRef<GraphStats>(stats);
  useEffect(() => {
    callbacks.current = props;
  });

  const relabel = () => {
    const cy = cyRef.current;
    if (!cy) return;
    updateLabels(cy, shown(cy).nodes, callbacks.current.selectedId, callbacks.current.expandedIds);
  };

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: EXPLORE_STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.current.onSelect(null);
      else if (event.target.isNode()) callbacks.current.onSelect(event.target.id());
    });
    cy.on('dbltap', 'node', (event) => callbacks.current.onExpand(event.target.id()));
    cy.on('mouseover', 'edge', (event) => {
      const edge = event.target as cytoscape.EdgeSingular;
      edge.addClass('hovered weight-on');
      relabel();
      callbacks.current.onHover({
        kind: 'edge',
        source: String(edge.source().data('label')),
        target: String(edge.target().data('label')),
        weight: Number(edge.data('weight')),
        ...(edge.data('rel') ? { rel: String(edge.data('rel')) } : {}),
      });
    });
    cy.on('mouseout', 'edge', (event) => {
      const edge = event.target as cytoscape.EdgeSingular;
      edge.removeClass('hovered');
      const selected = callbacks.current.selectedId;
      if (!selected || (edge.source().id() !== selected && edge.target().id() !== selected)) {
        edge.removeClass('weight-on');
      }
      callbacks.current.onHover(null);
    });
    cy.on('mouseover', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      callbacks.current.onHover({
        kind: 'node',
        id: node.id(),
        label: String(node.data('label')),
        docCount: Number(node.data('docCount') ?? 0),
        type: String(node.data('type')),
      });
    });
    cy.on('mouseout', 'node', () => callbacks.current.onHover(null));
    // Labels follow zoom and pan, once per frame at most.
    let frame = 0;
    cy.on('viewport resize', () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        relabel();
      });
    });
    // The details panel opening narrows the canvas: keep what was in the middle in the middle.
    let size = { w: container.current?.clientWidth ?? 0, h: container.current?.clientHeight ?? 0 };
    const resized = new ResizeObserver(() => {
      const w = container.current?.clientWidth ?? 0;
      const h = container.current?.clientHeight ?? 0;
      if (w === size.w && h === size.h) return;
      cy.resize();
      cy.panBy({ x: (w - size.w) / 2, y: (h - size.h) / 2 });
      size = { w, h };
    });
    if (container.current) resized.observe(container.current);
    cyRef.current = cy;
    // Marks for bench:explore's breakdown of a first render (cheap; visible in any browser profile).
    performance.mark('explore:canvas-ready');
    // A test and bench hook: what is drawn where, read from the page (layout quality is checked on it).
    const hook = window as unknown as { scogenExplore?: { snapshot(): unknown } };
    hook.scogenExplore = {
      snapshot: () => {
        const visible = shown(cy).nodes;
        return {
          zoom: cy.zoom(),
          pan: cy.pan(),
          nodes: visible.map((n) => ({
            id: n.id(),
            ...n.position(),
            size: Number(n.data('size')),
            rendered: n.renderedPosition(),
          })),
          labels: (visible.filter((n) => n.hasClass('label-on')) as cytoscape.NodeCollection).map((n) => ({
            id: n.id(),
            ...labelBox(n, cy.zoom()),
          })),
          weighted: cy.edges('.weight-on').map((e) => ({ source: e.source().id(), target: e.target().id() })),
        };
      },
    };
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      delete hook.scogenExplore;
      cy.destroy();
      cyRef.current = null;
      // A new instance (React may remount) has laid nothing out yet.
      layoutKeyRef.current = null;
    };
  }, []);

  /** Publishes what is on screen; unchanged figures cause no render. */
  const report = () => {
    const cy = cyRef.current;
    if (!cy) return;
    const visible = shown(cy);
    const next = { nodes: visible.nodes.length, edges: visible.edges.length, laidOut: !busyRef.current };
    const last = reported.current;
    if (last.nodes === next.nodes && last.edges === next.edges && last.laidOut === next.laidOut) return;
    reported.current = next;
    setStats(next);
    callbacks.current.onStats(next);
  };

  /** Filters and selection as classes and selection state, from the latest props. */
  const applyFilters = (cy: Core) => {
    const { hiddenTypes, expandedIds, minWeight, focusId, selectedId } = callbacks.current;
    cy.batch(() => {
      const nodes = cy.nodes() as unknown as cytoscape.Collection;
      sync(
        nodes,
        'hidden-type',
        nodes.filter((n) => hiddenTypes.includes(String(n.data('type')))),
      );
      sync(
        nodes,
        'expanded',
        nodes.filter((n) => expandedIds.includes(n.id())),
      );
      const edges = cy.edges() as unknown as cytoscape.Collection;
      sync(
        edges,
        'below-min',
        edges.filter((e) => Number(e.data('weight')) < minWeight),
      );
      // Orphans: nodes the filters left without a single edge go too (the focus always stays).
      const kept = shown(cy).edges;
      const held = new Set(kept.connectedNodes().map((n) => n.id()));
      sync(
        nodes,
        'orphan',
        nodes.filter((n) => !n.hasClass('hidden-type') && n.id() !== focusId && !held.has(n.id())),
      );
      const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
      cy.$(':selected').difference(selected).unselect();
      if (selected.nonempty() && !selected.selected()) selected.select();
      // The selected node's edges show their weights.
      const weighted = selected.nonempty() ? selected.connectedEdges().intersection(kept) : cy.collection();
      sync(edges, 'weight-on', weighted.union(cy.edges('.hovered')));
    });
  };

  /** After a layout: once the next frame is drawn, the view is laid out (one render, straight away). */
  const finishLayout = (cy: Core) => {
    requestAnimationFrame(() => {
      if (cyRef.current !== cy) return;
      performance.mark('explore:drawn');
      flushSync(() => {
        setBusy(false);
        report();
      });
    });
  };

  // Reconcile elements: a new view is laid out from its elements, then added with its positions; an
  // expansion adds the new nodes hidden, places them around the old ones, then shows them.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const elements = props.elements;
    if (layoutKeyRef.current !== props.layoutKey || pendingFull.current) {
      remembered.current.clear();
      unplaced.current = new Set();
      cy.elements().remove();
      if (!elements.some((e) => e.group === 'nodes')) {
        // Nothing to lay out yet: the key stays unsettled, so data that arrives later gets a full layout.
        pendingFull.current = false;
        report();
        return;
      }
      layoutKeyRef.current = props.layoutKey;
      pendingFull.current = true;
      const generation = ++layoutGeneration.current;
      setBusy(true);
      report();
      performance.mark('explore:layout-start');
      // The same request as the page's early one (explore-workbench), so it is usually under way already.
      void layout(layoutRequestOf(elements, props.focusId)).then((positions) => {
        if (cyRef.current !== cy || generation !== layoutGeneration.current) return;
        performance.mark('explore:layout-end');
        pendingFull.current = false;
        cy.batch(() => {
          cy.add(
            elements.map((e) =>
              e.group === 'nodes' && positions[e.data.id]
                ? ({ ...e, position: positions[e.data.id] } as ElementDefinition)
                : (e as ElementDefinition),
            ),
          );
        });
        applyFilters(cy);
        fitTo(cy, shown(cy).nodes);
        relabel();
        finishLayout(cy);
      });
      return;
    }
    const wanted = new Map(elements.map((e) => [e.data.id, e]));
    const added: string[] = [];
    cy.batch(() => {
      const leaving = cy.elements().filter((e) => !wanted.has(e.id()));
      leaving.nodes().forEach((n) => {
        if (!unplaced.current.has(n.id())) remembered.current.set(n.id(), { ...n.position() });
      });
      leaving.remove();
      for (const element of elements) {
        const existing = cy.getElementById(element.data.id);
        if (existing.nonempty()) {
          existing.data(element.data);
          existing.classes(element.classes ?? '');
        } else {
          const place = remembered.current.get(element.data.id);
          cy.add({ ...(element as ElementDefinition), ...(place ? { position: place } : {}) });
          if (element.group === 'nodes' && !place) added.push(element.data.id);
        }
      }
    });
    if (cy.nodes().empty() || (added.length === 0 && unplaced.current.size === 0)) {
      report();
      return;
    }
    // An expansion: what is placed stays put, the new nodes go beside their neighbours.
    for (const id of added) unplaced.current.add(id);
    const request: LayoutRequest = {
      nodes: cy.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size')) || 20 })),
      edges: cy.edges().map((e) => ({
        source: String(e.data('source')),
        target: String(e.data('target')),
        weight: Number(e.data('weight')) || 1,
      })),
      fixed: {},
    };
    cy.nodes().forEach((n) => {
      if (!unplaced.current.has(n.id())) request.fixed![n.id()] = { ...n.position() };
    });
    const pending = cy.nodes().filter((n) => unplaced.current.has(n.id()));
    // A newer layout supersedes this one.
    const generation = ++layoutGeneration.current;
    setBusy(true);
    report();
    pending.union(pending.connectedEdges()).style('visibility', 'hidden');
    performance.mark('explore:layout-start');
    void layout(request).then((positions) => {
      if (cyRef.current !== cy || generation !== layoutGeneration.current) return;
      performance.mark('explore:layout-end');
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const p = positions[node.id()];
          if (p && unplaced.current.has(node.id())) node.position(p);
        });
        cy.elements().removeStyle('visibility');
      });
      unplaced.current = new Set();
      fitTo(cy, shown(cy).nodes);
      relabel();
      finishLayout(cy);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.elements, props.layoutKey]);

  // Filters and selection are classes and selection state, not new elements.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyFilters(cy);
    relabel();
    report();
  }, [props.hiddenTypes, props.minWeight, props.selectedId, props.expandedIds, props.elements, props.focusId]);

  // bench:explore's last mark: the commit that says the view is laid out.
  const laidOut = stats.laidOut && !busy && !props.loading;
  useLayoutEffect(() => {
    if (laidOut) performance.mark('explore:laid-out');
  }, [laidOut]);

  useImperativeHandle(ref, () => ({
    fit: () => {
      const cy = cyRef.current;
      if (cy) fitTo(cy, shown(cy).nodes);
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
        aria-label={`${props.label ?? 'Co-occurrence graph'}: ${stats.nodes} nodes, ${stats.edges} edges`}
        data-testid="graph-canvas"
        data-node-count={stats.nodes}
        data-edge-count={stats.edges}
        data-laid-out={laidOut ? 'true' : 'false'}
      />
      {busy ? (
        <div className="graph-busy" role="status">
          Laying out {props.elements.filter((e) => e.group === 'nodes').length} nodes…
        </div>
      ) : null}
    </div>
  );
});
