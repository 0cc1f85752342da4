'use client';

import { useQueries } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ELEMENT_TYPE_INFO, ELEMENT_TYPES, type ElementType } from '@/lib/graph/element-types';
import type { NeighbourhoodEdge, NeighbourhoodNode } from '@/lib/graph/explore-types';
import { toElements } from '@/lib/graph/to-elements';
import { formatExploreView, LIMIT_CHOICES, parseExploreView, type ExploreView } from '@/lib/schemas/explore-view';
import { DetailsPanel } from './details-panel';
import type { GraphCanvasHandle, GraphStats } from './graph-canvas';
import { TYPE_SHAPES } from './graph-style';
import { neighbourhoodQuery } from './queries';
import { SearchBox } from './search-box';
import { StartHere } from './start-here';

// Cytoscape needs the DOM: load the canvas in the browser only.
const GraphCanvas = dynamic(() => import('./graph-canvas').then((m) => m.GraphCanvas), {
  ssr: false,
  loading: () => <div className="graph-canvas graph-busy">Loading graph…</div>,
});

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA' || target.isContentEditable);

export function ExploreWorkbench() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const view = useMemo(() => parseExploreView(new URLSearchParams(params.toString())), [params]);
  const [selected, setSelected] = useState<string | null>(null);
  const [stats, setStats] = useState<GraphStats>({ nodes: 0, edges: 0, laidOut: false });
  const canvas = useRef<GraphCanvasHandle>(null);
  const search = useRef<HTMLInputElement>(null);

  const update = useCallback(
    (change: Partial<ExploreView>, mode: 'push' | 'replace' = 'replace') => {
      const next = formatExploreView({ ...view, ...change }).toString();
      router[mode](next ? `${pathname}?${next}` : pathname, { scroll: false });
    },
    [view, router, pathname],
  );
  const focusOn = useCallback((id: string) => {
    setSelected(id);
    update({ focus: id, expanded: [], dismissed: [] }, 'push');
  }, [update]);
  const expand = useCallback(
    (id: string) => {
      if (id === view.focus || view.expanded.includes(id)) return;
      update({ expanded: [...view.expanded, id] }, 'push');
    },
    [update, view.focus, view.expanded],
  );

  // The focus neighbourhood plus one per expanded node, merged.
  const sources = view.focus ? [{ id: view.focus, hops: view.hops }, ...view.expanded.map((id) => ({ id, hops: 1 as const }))] : [];
  const results = useQueries({ queries: sources.map((s) => neighbourhoodQuery(s.id, view.limit, s.hops)) });
  const focusResult = results[0];
  const loaded = results.map((r) => r.data);
  const { elements, weights } = useMemo(() => {
    const nodes: NeighbourhoodNode[] = [];
    const edges: NeighbourhoodEdge[] = [];
    for (const data of loaded) {
      if (!data) continue;
      nodes.push(...data.nodes);
      edges.push(...data.edges);
    }
    const dropped = new Set(view.dismissed);
    const kept = nodes.filter((n) => !dropped.has(n.id) || n.id === view.focus);
    const els = toElements(kept, edges, view.focus ?? undefined);
    return { elements: els, weights: els.filter((e) => e.group === 'edges').map((e) => e.data.weight ?? 0) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(loaded.map((d) => (d ? `${d.focus.id}:${d.nodes.length}:${d.limit}:${d.hops}` : ''))), view.dismissed, view.focus]);
  const maxWeight = Math.max(1, ...weights);
  const visibleNodes = elements.filter((e) => e.group === 'nodes' && !view.hidden.includes(e.data.type as ElementType));

  // Keyboard: / search, Esc clear selection, Enter expand selected, f fit.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
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
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, expand]);

  const toggleType = (type: ElementType) => update({ hidden: view.hidden.includes(type) ? view.hidden.filter((t) => t !== type) : [...view.hidden, type] });
  const dismissSelected = () => {
    if (!selected || selected === view.focus) return;
    update({ dismissed: [...view.dismissed, selected], expanded: view.expanded.filter((id) => id !== selected) });
    setSelected(null);
  };
  const dismissOthers = () => {
    if (!selected) return;
    const keep = new Set([selected, view.focus]);
    update({ dismissed: elements.filter((e) => e.group === 'nodes' && !keep.has(e.data.id)).map((e) => e.data.id) });
  };

  const errorResult = results.find((r) => r.error);

  return (
    <div className="explore">
      <header className="explore-toolbar">
        <SearchBox ref={search} onChoose={focusOn} />
        <label className="control">
          Top
          <select aria-label="Neighbour limit" value={view.limit} onChange={(e) => update({ limit: Number(e.target.value) })}>
            {LIMIT_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="control">
          <input type="checkbox" checked={view.hops === 2} onChange={(e) => update({ hops: e.target.checked ? 2 : 1 })} /> Second hop
        </label>
        <label className="control weight-control">
          Min weight <output>{view.minWeight}</output>
          <input type="range" aria-label="Minimum weight" min={1} max={maxWeight} value={Math.min(view.minWeight, maxWeight)} onChange={(e) => update({ minWeight: Number(e.target.value) })} />
        </label>
      </header>

      <div className="explore-body">
        <section className="explore-graph" aria-label="Graph">
          <div className="graph-tools" role="toolbar" aria-label="Graph tools">
            <fieldset className="legend" aria-label="Element types">
              {ELEMENT_TYPES.map((type) => (
                <label key={type} className={view.hidden.includes(type) ? 'legend-item off' : 'legend-item'} title={`Show or hide ${ELEMENT_TYPE_INFO[type].title}`}>
                  <input type="checkbox" checked={!view.hidden.includes(type)} onChange={() => toggleType(type)} aria-label={`Show ${ELEMENT_TYPE_INFO[type].title}`} />
                  <span className={`legend-shape shape-${TYPE_SHAPES[type]}`} style={{ background: ELEMENT_TYPE_INFO[type].color }} aria-hidden="true" />
                  {ELEMENT_TYPE_INFO[type].title}
                </label>
              ))}
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
              <button type="button" onClick={() => {
                const blob = canvas.current?.png();
                if (blob) download('scogen-graph.png', blob);
              }} disabled={stats.nodes === 0}>
                PNG
              </button>
              <button type="button" onClick={() => download('scogen-graph.json', new Blob([JSON.stringify(canvas.current?.visibleElements() ?? [], null, 2)], { type: 'application/json' }))} disabled={stats.nodes === 0}>
                JSON
              </button>
            </span>
          </div>

          {errorResult ? <p role="alert" className="panel panel-error">Could not load the neighbourhood: {(errorResult.error as Error).message}</p> : null}
          {!view.focus ? <StartHere onChoose={focusOn} /> : null}
          {view.focus ? (
            <>
              <p className="graph-status" role="status" aria-live="polite">
                {focusResult?.isLoading ? 'Loading…' : `${stats.nodes} nodes · ${stats.edges} edges shown`}
                {focusResult?.data?.truncated ? ` · top ${focusResult.data.limit} of ${focusResult.data.focus.degree} neighbours` : ''}
                <span className="muted"> · double-click or Enter expands · Esc clears · / searches · f fits</span>
              </p>
              <GraphCanvas
                ref={canvas}
                elements={elements}
                layoutKey={`${view.focus}|${view.limit}|${view.hops}`}
                expandedIds={view.expanded}
                hiddenTypes={view.hidden}
                minWeight={view.minWeight}
                selectedId={selected}
                onSelect={setSelected}
                onExpand={expand}
                onStats={setStats}
              />
              <details className="node-list">
                <summary>Nodes in view ({visibleNodes.length})</summary>
                <ul aria-label="Nodes in view">
                  {visibleNodes.map((n) => (
                    <li key={n.data.id}>
                      <button type="button" className={n.data.id === selected ? 'link selected' : 'link'} onClick={() => setSelected(n.data.id)} aria-pressed={n.data.id === selected}>
                        <span className="type-dot" style={{ background: ELEMENT_TYPE_INFO[n.data.type as ElementType].color }} aria-hidden="true" />
                        {n.data.id.slice(n.data.id.indexOf(':') + 1)}
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            </>
          ) : null}
        </section>
        {selected ? <DetailsPanel id={selected} onFocus={focusOn} onExpand={expand} /> : null}
      </div>
    </div>
  );
}
