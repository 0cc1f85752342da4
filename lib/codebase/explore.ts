import 'server-only';
import { readQuery } from '../db/driver';
import { NotFoundError } from '../domain/errors';
import type { CodeParam } from '../domain/code-graph';
import {
  formatCodeRef,
  type CodeDetailsQuery,
  type CodeNeighbourhoodQuery,
  type CodeSearchQuery,
  type CodeStartQuery,
} from '../schemas/codebase-explore';
import { codeTypeAheadQuery, sourceSpan } from './explore-text';
import { listCodebases } from './read';
import type {
  CodebaseSummary,
  CodeNeighbourhood,
  CodeNeighbourhoodNode,
  CodeNodeDetails,
  CodeNodeSummary,
  CodeSearchHit,
  CodeStartNode,
} from './explore-types';

/** Second-hop expansion goes through at most this many first-hop neighbours. */
const SECOND_HOP_SOURCES = 25;

const idOf = (n: { type: CodeNodeSummary['type']; key: string }) => formatCodeRef(n);

function pick(n: CodeNodeSummary): CodeNodeSummary {
  return { type: n.type, key: n.key, name: n.name, qualname: n.qualname, module: n.module, isMethod: n.isMethod };
}

/** Every stored codebase with its counts, for Explore's graph chooser. */
export async function codebasesForExplore(): Promise<CodebaseSummary[]> {
  return (await listCodebases()).map((c) => ({
    key: c.key,
    name: c.name,
    version: c.version,
    modules: c.modules,
    classes: c.classes,
    functions: c.functions,
    methods: c.methods,
  }));
}

/** Type-ahead over one codebase's modules, classes and functions (name, qualname, path), exact names first. */
export async function searchCode({ codebase, q, type, limit }: CodeSearchQuery): Promise<CodeSearchHit[]> {
  const query = codeTypeAheadQuery(q);
  if (query === null) return [];
  const rows = await readQuery('codebase/explore-search', {
    query,
    codebase,
    type: type ?? null,
    exact: q.trim().toLowerCase(),
    limit,
    // Other codebases and versions share the index: look further than the limit before filtering.
    candidates: limit * 50,
  });
  return rows.map((row) => ({ ...pick(row), id: idOf(row), score: row.score }));
}

/** A codebase's most connected classes: where Explore suggests starting. */
export async function codeStartNodes({ codebase, limit }: CodeStartQuery): Promise<CodeStartNode[]> {
  const rows = await readQuery('codebase/explore-start', { codebase, limit });
  return rows.map((row) => ({ ...pick(row), id: idOf(row), degree: row.degree }));
}

/**
 * A code node, its neighbours along the code edges (CONTAINS both ways, IMPORTS, INHERITS, CALLS, ACCEPTS,
 * RETURNS) up to the limit, optionally a second hop, and every code edge among them with its type.
 */
export async function codeNeighbourhoodOf({
  id,
  limit,
  hops,
  perNode,
}: CodeNeighbourhoodQuery): Promise<CodeNeighbourhood> {
  const [first] = await readQuery('codebase/explore-first-hop', { type: id.type, key: id.key, limit });
  if (!first) throw new NotFoundError(`No code node ${formatCodeRef(id)}`);
  const focusId = idOf(first.focus);
  const nodes = new Map<string, CodeNeighbourhoodNode>([
    [first.focus.key, { ...pick(first.focus), id: focusId, hop: 0 }],
  ]);
  for (const n of first.neighbours) {
    if (!nodes.has(n.key)) nodes.set(n.key, { ...pick(n), id: idOf(n), hop: 1 });
  }
  if (hops === 2 && first.neighbours.length > 0) {
    const refs = first.neighbours.slice(0, SECOND_HOP_SOURCES).map(({ type, key }) => ({ type, key }));
    const rows = await readQuery('codebase/explore-second-hop', { refs, focusKey: id.key, perNode });
    for (const row of rows) {
      for (const v of row.next) if (!nodes.has(v.key)) nodes.set(v.key, { ...pick(v), id: idOf(v), hop: 2 });
    }
  }
  const all = [...nodes.values()];
  const edgeRows = await readQuery('codebase/explore-edges', {
    refs: all.map(({ type, key }) => ({ type, key })),
    keys: all.map((n) => n.key),
  });
  const edges = edgeRows.map((e) => ({
    source: nodes.get(e.source)!.id,
    target: nodes.get(e.target)!.id,
    rel: e.rel,
    resolved: e.rel === 'CALLS' ? (e.resolved ?? null) : null,
    count: e.rel === 'CALLS' ? (e.count ?? null) : null,
  }));
  return {
    codebase: first.codebase,
    focus: { ...pick(first.focus), id: focusId, degree: first.degree },
    nodes: all,
    edges,
    truncated: first.degree > first.neighbours.length,
    limit,
    hops,
  };
}

function parseParams(json: string | null): CodeParam[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as CodeParam[]) : [];
  } catch {
    return [];
  }
}

/** Signature, docstring, params, decorators, the source span and the neighbours grouped by relationship. */
export async function codeNodeDetails({ id, perGroup }: CodeDetailsQuery): Promise<CodeNodeDetails> {
  const [row] = await readQuery('codebase/explore-details', { type: id.type, key: id.key, perGroup });
  if (!row) throw new NotFoundError(`No code node ${formatCodeRef(id)}`);
  const n = row.node;
  const summary: CodeNodeSummary = {
    type: id.type,
    key: n.key,
    name: n.name,
    qualname: n.qualname ?? n.name,
    module: n.module ?? n.name,
    isMethod: n.isMethod ?? false,
  };
  const path = row.path ?? n.path ?? null;
  const spanned = id.type !== 'CodeModule';
  return {
    node: {
      ...summary,
      id: idOf(summary),
      codebase: n.codebase,
      path,
      signature: n.signature ?? null,
      params: parseParams(n.params),
      returns: n.returns ?? null,
      docstring: n.docstring ?? null,
      decorators: n.decorators ?? [],
      bases: n.bases ?? [],
      isAsync: n.isAsync ?? false,
      lineStart: spanned ? n.lineStart : 1,
      lineEnd: spanned ? n.lineEnd : n.lines,
    },
    source:
      path !== null && row.source !== null
        ? sourceSpan(path, row.source, spanned ? n.lineStart : null, spanned ? n.lineEnd : null)
        : null,
    groups: row.groups
      .map((g) => ({
        rel: g.rel,
        direction: g.out ? ('out' as const) : ('in' as const),
        total: g.total,
        top: g.top.map((t) => ({
          ...pick(t),
          id: idOf(t),
          resolved: t.resolved ?? null,
          count: t.count ?? null,
          param: t.param ?? null,
        })),
      }))
      .sort((a, b) => groupOrder(a) - groupOrder(b)),
  };
}

const REL_ORDER = ['CONTAINS', 'INHERITS', 'RETURNS', 'ACCEPTS', 'IMPORTS', 'CALLS'] as const;
const groupOrder = (g: { rel: (typeof REL_ORDER)[number]; direction: 'out' | 'in' }) =>
  REL_ORDER.indexOf(g.rel) * 2 + (g.direction === 'in' ? 1 : 0);
