import { CODE_NODE_TYPES, type CodeNodeType } from '../domain/code-graph';
import { ELEMENT_TYPES, type ElementType } from '../domain/element-types';
import { MAX_NEIGHBOURS } from './explore';

/** Everything that defines an Explore view; it lives in the URL so a link reopens the same view. */
export interface ExploreView {
  /** null: the scenario graph; "codebase:<name@version>": that codebase's code graph. */
  graph: string | null;
  focus: string | null;
  limit: number;
  hops: 1 | 2;
  minWeight: number;
  hidden: Array<ElementType | CodeNodeType>;
  expanded: string[];
  dismissed: string[];
}

export const LIMIT_CHOICES = [25, 50, 100, 200, 500, 1000] as const;
export const DEFAULT_VIEW: ExploreView = {
  graph: null,
  focus: null,
  limit: 50,
  hops: 1,
  minWeight: 1,
  hidden: [],
  expanded: [],
  dismissed: [],
};

function intParam(value: string | null, min: number, max: number, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

const CODEBASE_GRAPH = 'codebase:';
const HIDEABLE: readonly string[] = [...ELEMENT_TYPES, ...CODE_NODE_TYPES];

/** The codebase key of a `graph` value, or null for the scenario graph. */
export function codebaseOfGraph(graph: string | null): string | null {
  return graph?.startsWith(CODEBASE_GRAPH) && graph.length > CODEBASE_GRAPH.length
    ? graph.slice(CODEBASE_GRAPH.length)
    : null;
}

/** The `graph` value of a codebase's code graph. */
export function codebaseGraph(key: string): string {
  return `${CODEBASE_GRAPH}${key}`;
}

/** Reads a view from URL parameters; anything malformed falls back to its default. */
export function parseExploreView(params: URLSearchParams): ExploreView {
  const graph = params.get('graph');
  return {
    graph: codebaseOfGraph(graph) === null ? null : graph,
    focus: params.get('focus') || null,
    limit: intParam(params.get('limit'), 1, MAX_NEIGHBOURS, DEFAULT_VIEW.limit),
    hops: params.get('hops') === '2' ? 2 : 1,
    minWeight: intParam(params.get('min'), 1, 1_000_000, DEFAULT_VIEW.minWeight),
    hidden: params.getAll('hide').filter((t): t is ElementType | CodeNodeType => HIDEABLE.includes(t)),
    expanded: params.getAll('expand'),
    dismissed: params.getAll('drop'),
  };
}

/** Writes a view as URL parameters, leaving defaults out so links stay short. */
export function formatExploreView(view: ExploreView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.graph) params.set('graph', view.graph);
  if (view.focus) params.set('focus', view.focus);
  if (view.limit !== DEFAULT_VIEW.limit) params.set('limit', String(view.limit));
  if (view.hops !== 1) params.set('hops', String(view.hops));
  if (view.minWeight !== 1) params.set('min', String(view.minWeight));
  for (const type of view.hidden) params.append('hide', type);
  for (const id of view.expanded) params.append('expand', id);
  for (const id of view.dismissed) params.append('drop', id);
  return params;
}
