'use client';

import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { codeViewElements } from '@/lib/codebase/explore-elements';
import type { CodeNeighbourhood } from '@/lib/codebase/explore-types';
import { CODE_NODE_TYPE_INFO, CODE_NODE_TYPES, isCodeNodeType } from '@/lib/domain/code-graph';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES, type ElementType } from '@/lib/domain/element-types';
import type { Neighbourhood } from '@/lib/graph/explore-types';
import { viewElements } from '@/lib/graph/to-elements';
import {
  codebaseOfGraph,
  formatExploreView,
  LIMIT_CHOICES,
  parseExploreView,
  type ExploreView,
} from '@/lib/schemas/explore-view';
import { CodeDetailsPanel } from './code-details-panel';
import { CodeGraphLegend } from './code-graph-legend';
import { codeNeighbourhoodQuery } from './code-queries';
import { CODE_TYPE_SHAPES } from './code-style';
import { CodeStartHere } from './code-start-here';
import { GraphChooser } from './graph-chooser';
import { DetailsPanel } from './details-panel';
import { GraphCanvas, type GraphCanvasHandle, type GraphStats, type Hovered } from './graph-canvas';
import { GraphLegend } from './graph-legend';
import { layoutEarly, layoutRequestOf, type ServerLayout } from './layout-client';
import { TYPE_SHAPES } from '@/components/shared/graph-style';
import { neighbourhoodQuery } from './queries';
import { SearchBox } from './search-box';
import { StartHere } from './start-here';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** One value for all neighbourhood queries; React Query keeps it stable while nothing changes. */
function combineNeighbourhoods<T>(results: Array<UseQueryResult<T>>) {
  return {
    data: results.map((r) => r.data),
    first: results[0],
    loading: results.some((r) => r.isLoading),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

/** A node type's legend entry, for the four element types and the three code labels alike. */
function typeInfo(type: string): { title: string; color: string; shape: string } {
  if (isCodeNodeType(type)) return { ...CODE_NODE_TYPE_INFO[type], shape: CODE_TYPE_SHAPES[type] };
  const t = type as ElementType;
  return { title: ELEMENT_TYPE_INFO[t].title, color: ELEMENT_TYPE_INFO[t].color, shape: TYPE_SHAPES[t] };
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.tagName === 'INPUT' ||
    target.tagName === 'SELECT' ||
    target.tagName === 'TEXTAREA' ||
    target.isContentEditable);

export function ExploreWorkbench({ serverLayout }: { serverLayout?: Promise<ServerLayout | null> | null }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  // The URL is the source of truth; local state shows a change at once while the router catches up.
  const paramString = params.toString();
  const [view, setView] = useState<ExploreView>(() => parseExploreView(new URLSearchParams(paramString)));
  const [syncedParams, setSyncedParams] = useState(paramString);
  if (syncedParams !== paramString) {
    // Back/forward or a pasted link: adopt the URL (React's pattern for state derived from props).
    setSyncedParams(paramString);
    setView(parseExploreView(new URLSearchParams(paramString)));
  }
  const codebase = codebaseOfGraph(view.graph);
  // A link into a code graph (review's "open in Explore") opens the focus's details too.
  const [selected, setSelected] = useState<string | null>(() => (codebase ? view.focus : null));
  const [listOpen, setListOpen] = useState(false);
  const [stats, setStats] = useState<GraphStats>({ nodes: 0, edges: 0, laidOut: false });
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const canvas = useRef<GraphCanvasHandle>(null);
  const search = useRef<HTMLInputElement>(null);
  /** The dismissed lists before each Dismiss, newest last: what Undo dismiss restores. */
  const [dismissUndo, setDismissUndo] = useState<string[][]>([]);
  const lastChange = useRef<{ key: string; at: number } | null>(null);

  // Every change of the view is a history entry, so Back steps through views; a run of changes to
  // one control within a second (dragging the weight slider) is one entry.
  const update = useCallback(
    (change: Partial<ExploreView>) => {
      const key = Object.keys(change).sort().join(',');
      const now = Date.now();
      const coalesce = lastChange.current?.key === key && now - lastChange.current.at < 1_000 && key === 'minWeight';
      lastChange.current = { key, at: now };
      const nextView = { ...view, ...change };
      setView(nextView);
      const next = formatExploreView(nextView).toString();
      router[coalesce ? 'replace' : 'push'](next ? `${pathname}?${next}` : pathname, { scroll: false });
    },
    [view, router, pathname],
  );
  const focusOn = useCallback(
    (id: string) => {
      setSelected(id);
      setDismissUndo([]);
      update({ focus: id, expanded: [], dismissed: [] });
    },
    [update],
  );
  const expand = useCallback(
    (id: string) => {
      if (id === view.focus || view.expanded.includes(id)) return;
      update({ expanded: [...view.expanded, id] });
    },
    [update, view.focus, view.expanded],
  );

  // The focus neighbourhood plus one per expanded node, merged.
  const sources = view.focus
    ? [{ id: view.focus, hops: view.hops }, ...view.expanded.map((id) => ({ id, hops: 1 as const }))]
    : [];
  const scenarioResults = useQueries({
    queries: (codebase ? [] : sources).map((s) => neighbourhoodQuery(s.id, view.limit, s.hops)),
    combine: combineNeighbourhoods<Neighbourhood>,
  });
  const codeResults = useQueries({
    queries: (codebase ? sources : []).map((s) => codeNeighbourhoodQuery(s.id, view.limit, s.hops)),
    combine: combineNeighbourhoods<CodeNeighbourhood>,
  });
  const results = codebase ? codeResults : scenarioResults;
  const focusResult = results.first;
  const dismissed = view.dismissed;
  const focusId = view.focus;
  // What the newest expansion added: a note when it brought nothing new.
  const lastExpanded = view.expanded.at(-1);
  const expansionNote = useMemo(() => {
    const last = results.data.at(-1);
    if (!lastExpanded || sources.length < 2 || !last) return null;
    const before = new Set(results.data.slice(0, -1).flatMap((d) => d?.nodes.map((n) => n.id) ?? []));
    const added = last.nodes.filter((n) => !before.has(n.id) && !dismissed.includes(n.id)).length;
    // A code node's key is "<codebase>:<qualname>": its name is after the last colon.
    const name = lastExpanded.slice((codebase ? lastExpanded.lastIndexOf(':') : lastExpanded.indexOf(':')) + 1);
    return added === 0
      ? `“${name}” has no neighbours that are not already shown.`
      : `Expanded “${name}”: ${added} new node${added === 1 ? '' : 's'}.`;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results.data, lastExpanded, dismissed]);
  const { elements, weights } = useMemo(() => {
    const els = codebase
      ? codeViewElements(codeResults.data, dismissed, focusId)
      : viewElements(scenarioResults.data, dismissed, focusId);
    return { elements: els, weights: els.filter((e) => e.group === 'edges').map((e) => e.data.weight ?? 0) };
  }, [codebase, codeResults.data, scenarioResults.data, dismissed, focusId]);
  const maxWeight = Math.max(1, ...weights);
  const layoutKey = `${view.graph ?? ''}|${view.focus}|${view.limit}|${view.hops}`;
  // Start a new view's layout as soon as its data is here: for a shared link that is this first
  // render, during hydration, so the worker computes while the page hydrates and Cytoscape starts.
  // The canvas asks for the same layout and gets this one (idempotent, so safe in render).
  useMemo(() => {
    if (elements.some((e) => e.group === 'nodes')) {
      layoutEarly(layoutKey, () => layoutRequestOf(elements, focusId), serverLayout);
    }
  }, [elements, layoutKey, focusId, serverLayout]);
  const visibleNodes = elements.filter(
    (e) => e.group === 'nodes' && !(view.hidden as readonly string[]).includes(String(e.data.type)),
  );
  const nodeTypes: ReadonlyArray<ExploreView['hidden'][number]> = codebase ? CODE_NODE_TYPES : ELEMENT_TYPES;
  // Code edges carry no co-occurrence weight: their minimum-weight filter stays off.
  const minWeight = codebase ? 1 : view.minWeight;
  const chooseGraph = (graph: string | null) => {
    if (graph === view.graph) return;
    setSelected(null);
    setDismissUndo([]);
    update({ graph, focus: null, expanded: [], dismissed: [], hidden: [] });
  };

  const toggleType = (type: ExploreView['hidden'][number]) =>
    update({ hidden: view.hidden.includes(type) ? view.hidden.filter((t) => t !== type) : [...view.hidden, type] });
  const dismissSelected = () => {
    if (!selected || selected === view.focus) return;
    setDismissUndo((stack) => [...stack, view.dismissed]);
    update({ dismissed: [...view.dismissed, selected], expanded: view.expanded.filter((id) => id !== selected) });
    setSelected(null);
  };
  const dismissOthers = () => {
    if (!selected) return;
    const keep = new Set([selected, view.focus]);
    setDismissUndo((stack) => [...stack, view.dismissed]);
    update({ dismissed: elements.filter((e) => e.group === 'nodes' && !keep.has(e.data.id)).map((e) => e.data.id) });
  };
  const undoDismiss = () => {
    const previous = dismissUndo.at(-1);
    if (!previous) return;
    setDismissUndo((stack) => stack.slice(0, -1));
    update({ dismissed: previous });
  };

  // Keyboard: / search, Esc clear selection, Enter expand selected, f fit.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Esc in a dialog closes the dialog and nothing else.
        if (event.target instanceof Element && event.target.closest('dialog')) return;
        setSelected(null);
        return;
      }
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === '/') {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key === 'Enter' && selected && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        expand(selected);
      } else if (event.key === 'f') {
        canvas.current?.fit();
      } else if (event.key === 'u') {
        undoDismiss();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="explore">
      <header className="explore-toolbar">
        <GraphChooser graph={view.graph} onChoose={chooseGraph} />
        <SearchBox key={view.graph ?? ''} ref={search} onChoose={focusOn} codebase={codebase} />
        <label className="control">
          Top
          <select
            aria-label="Neighbour limit"
            value={view.limit}
            onChange={(e) => update({ limit: Number(e.target.value) })}
          >
            {LIMIT_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="control">
          <input
            type="checkbox"
            checked={view.hops === 2}
            onChange={(e) => update({ hops: e.target.checked ? 2 : 1 })}
          />{' '}
          Second hop
        </label>
        {codebase === null ? (
          <label className="control weight-control">
            Min weight <output>{view.minWeight}</output>
            <input
              type="range"
              aria-label="Minimum weight"
              min={1}
              max={maxWeight}
              value={Math.min(view.minWeight, maxWeight)}
              onChange={(e) => update({ minWeight: Number(e.target.value) })}
            />
          </label>
        ) : null}
      </header>

      <div className="explore-body">
        <section className="explore-graph" aria-label="Graph">
          <div className="graph-tools" role="toolbar" aria-label="Graph tools">
            <fieldset className="legend" aria-label={codebase ? 'Code node types' : 'Element types'}>
              {nodeTypes.map((type) => (
                <label
                  key={type}
                  className={view.hidden.includes(type) ? 'legend-item off' : 'legend-item'}
                  title={`Show or hide ${typeInfo(type).title}`}
                >
                  <input
                    type="checkbox"
                    checked={!view.hidden.includes(type)}
                    onChange={() => toggleType(type)}
                    aria-label={`Show ${typeInfo(type).title}`}
                  />
                  <span
                    className={`legend-shape shape-${typeInfo(type).shape}`}
                    style={{ background: typeInfo(type).color }}
                    aria-hidden="true"
                  />
                  {typeInfo(type).title}
                </label>
              ))}
              {codebase ? (
                <span className="legend-item" title="Methods: functions defined in a class">
                  <span
                    className="legend-shape shape-ellipse method"
                    style={{ background: CODE_NODE_TYPE_INFO.CodeFunction.color }}
                    aria-hidden="true"
                  />
                  Method
                </span>
              ) : null}
            </fieldset>
            <span className="tool-group">
              <button type="button" onClick={() => canvas.current?.fit()} title="Fit (f)">
                Fit
              </button>
              <button type="button" onClick={() => canvas.current?.zoomBy(1.25)} aria-label="Zoom in">
                +
              </button>
              <button type="button" onClick={() => canvas.current?.zoomBy(0.8)} aria-label="Zoom out">
                −
              </button>
              <button type="button" onClick={dismissSelected} disabled={!selected || selected === view.focus}>
                Dismiss selected
              </button>
              <button type="button" onClick={dismissOthers} disabled={!selected}>
                Dismiss others
              </button>
              <button type="button" onClick={undoDismiss} disabled={dismissUndo.length === 0} title="Undo dismiss (u)">
                Undo dismiss
              </button>
              <button
                type="button"
                onClick={() => {
                  const blob = canvas.current?.png();
                  if (blob) download('scogen-graph.png', blob);
                }}
                disabled={stats.nodes === 0}
              >
                PNG
              </button>
              <button
                type="button"
                onClick={() =>
                  download(
                    'scogen-graph.json',
                    new Blob([JSON.stringify(canvas.current?.visibleElements() ?? [], null, 2)], {
                      type: 'application/json',
                    }),
                  )
                }
                disabled={stats.nodes === 0}
              >
                JSON
              </button>
            </span>
          </div>

          {results.error ? (
            <p role="alert" className="panel panel-error">
              Could not load the neighbourhood: {results.error.message}
            </p>
          ) : null}
          {!view.focus && codebase ? <CodeStartHere codebase={codebase} onChoose={focusOn} /> : null}
          {!view.focus && !codebase ? <StartHere onChoose={focusOn} /> : null}
          {view.focus ? (
            <>
              <p className="graph-status" role="status" aria-live="polite">
                {focusResult?.isLoading ? 'Loading…' : `${stats.nodes} nodes · ${stats.edges} edges shown`}
                {focusResult?.data?.truncated
                  ? ` · top ${focusResult.data.limit} of ${focusResult.data.focus.degree} neighbours`
                  : ''}
                <span className="muted">
                  {' '}
                  · double-click or Enter expands · Esc clears · / searches · f fits · u undoes a dismiss · Back steps
                  back
                </span>
              </p>
              {expansionNote ? (
                <p className="graph-note" role="status" data-testid="expansion-note">
                  {expansionNote}
                </p>
              ) : null}
              <GraphCanvas
                ref={canvas}
                elements={elements}
                layoutKey={layoutKey}
                focusId={view.focus}
                expandedIds={view.expanded}
                hiddenTypes={view.hidden}
                minWeight={minWeight}
                label={codebase ? `Code graph of ${codebase}` : undefined}
                selectedId={selected}
                loading={results.loading}
                onSelect={setSelected}
                onExpand={expand}
                onStats={setStats}
                onHover={setHovered}
              />
              <p className="graph-readout" data-testid="graph-readout" aria-live="polite">
                {hovered?.kind === 'edge' && hovered.rel
                  ? `${hovered.source} ${hovered.rel} ${hovered.target}${hovered.rel === 'CALLS' ? ` (${hovered.weight} call site${hovered.weight === 1 ? '' : 's'})` : ''}`
                  : hovered?.kind === 'node' && isCodeNodeType(hovered.type)
                    ? `${hovered.label}: ${CODE_NODE_TYPE_INFO[hovered.type].title.toLowerCase()}`
                    : hovered?.kind === 'edge'
                      ? `${hovered.source} — ${hovered.target}: together in ${hovered.weight} document${hovered.weight === 1 ? '' : 's'} (weight ${hovered.weight})`
                      : hovered?.kind === 'node'
                        ? `${hovered.label}: in ${hovered.docCount} document${hovered.docCount === 1 ? '' : 's'}`
                        : codebase
                          ? 'Point at a node or an edge to read what it is; a selected node’s edges show their relationship.'
                          : 'Point at a node or an edge to read its numbers; a selected node’s edges show their weights.'}
              </p>
              {codebase ? <CodeGraphLegend /> : <GraphLegend />}
              <details className="node-list" onToggle={(e) => setListOpen((e.target as HTMLDetailsElement).open)}>
                <summary>Nodes in view ({visibleNodes.length})</summary>
                {/* Rendered only when open: a 500-node view should not pay for 500 buttons up front. */}
                {listOpen ? (
                  <ul aria-label="Nodes in view">
                    {visibleNodes.map((n) => (
                      <li key={n.data.id}>
                        <button
                          type="button"
                          className={n.data.id === selected ? 'link selected' : 'link'}
                          onClick={() => setSelected(n.data.id)}
                          aria-pressed={n.data.id === selected}
                        >
                          <span
                            className="type-dot"
                            style={{ background: typeInfo(String(n.data.type)).color }}
                            aria-hidden="true"
                          />
                          {codebase ? n.data.label : n.data.id.slice(n.data.id.indexOf(':') + 1)}
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </details>
            </>
          ) : null}
        </section>
        {selected && codebase ? <CodeDetailsPanel id={selected} onFocus={focusOn} onExpand={expand} /> : null}
        {selected && !codebase ? <DetailsPanel id={selected} onFocus={focusOn} onExpand={expand} /> : null}
      </div>
    </div>
  );
}
