import 'server-only';
import { readQuery } from '../db/driver';
import { NotFoundError } from '../domain/errors';
import type { DetailsQuery, NeighbourhoodQuery, SearchQuery } from '../schemas/explore';
import { elementId } from '../domain/extraction-record';
import { pairKey } from './cooccurrence';
import { formatElementRef } from '../domain/element-ref';
import type { ElementType } from '../domain/element-types';
import type {
  DocumentView,
  ElementDetails,
  ElementSummary,
  Neighbourhood,
  NeighbourhoodEdge,
  NeighbourhoodNode,
  SearchHit,
} from './explore-types';
import { BoundedCache, graphVersionWith, VersionedCaches } from './graph-version';
import { typeAheadQuery } from './lucene';

export type WeightedSummary = ElementSummary & { weight: number };

/** Second-hop expansion goes through at most this many first-hop neighbours. */
const SECOND_HOP_SOURCES = 25;
/**
 * Edges among neighbours are looked up for the focus and its strongest 25 neighbours only
 * (325 pair-index seeks): enough to show how the core hangs together, cheap on hub scenarios.
 */
const CROSS_EDGE_NODES = 26;

const idOf = (e: { type: ElementType; key: string }) => formatElementRef(e);

export async function searchElements({ q, type, limit }: SearchQuery): Promise<SearchHit[]> {
  const query = typeAheadQuery(q);
  if (query === null) return [];
  const rows = await readQuery('graph/explore/search', {
    query,
    type: type ?? null,
    limit,
    candidates: type ? limit * 20 : limit * 2,
  });
  return rows.map((row) => ({ ...row, id: idOf(row) }));
}

// Neighbourhoods per (element, limit, hops) for this server process, dropped when the graph changes.
const globalCaches = globalThis as unknown as {
  scogenExploreCaches?: VersionedCaches<{ neighbourhoods: BoundedCache<Neighbourhood> }>;
};
const caches = (globalCaches.scogenExploreCaches ??= new VersionedCaches({
  neighbourhoods: new BoundedCache<Neighbourhood>(200_000),
}));

/**
 * The focus, its top neighbours by weight, optionally a second hop, and the edges among them.
 * Served from a per-process cache while the graph version (checked on every call) is unchanged.
 */
export async function neighbourhoodOf(query: NeighbourhoodQuery): Promise<Neighbourhood> {
  const version = await caches.current();
  const key = `${version}\u0001${formatElementRef(query.id)}\u0001${query.limit}\u0001${query.hops}\u0001${query.perNode}`;
  const cached = caches.caches.neighbourhoods.get(key);
  if (cached) return cached;
  const { neighbourhood, seenVersion } = await readNeighbourhood(query);
  // Filed only if nothing was ingested while it was read.
  if (seenVersion === version)
    caches.caches.neighbourhoods.set(key, neighbourhood, neighbourhood.nodes.length + neighbourhood.edges.length);
  return neighbourhood;
}

async function readNeighbourhood({
  id,
  limit,
  hops,
  perNode,
}: NeighbourhoodQuery): Promise<{ neighbourhood: Neighbourhood; seenVersion: string }> {
  const [first] = await readQuery('graph/explore/first-hop', { type: id.type, key: id.key, limit });
  if (!first) throw new NotFoundError(`No element ${formatElementRef(id)}`);
  const focusId = idOf(first.focus);
  const nodes = new Map<string, NeighbourhoodNode>([
    [focusId, { ...pick(first.focus), id: focusId, hop: 0, weight: 0, p1: null }],
  ]);
  const edges = new Map<string, NeighbourhoodEdge>();
  const addEdge = (a: string, b: string, weight: number) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    edges.set(`${source}\u0001${target}`, { source, target, weight });
  };
  for (const n of first.neighbours) {
    const nid = idOf(n);
    nodes.set(nid, {
      ...pick(n),
      id: nid,
      hop: 1,
      weight: n.weight,
      p1: first.focus.strength > 0 ? n.weight / first.focus.strength : null,
    });
    addEdge(focusId, nid, n.weight);
  }

  if (hops === 2 && first.neighbours.length > 0) {
    const sources = first.neighbours.slice(0, SECOND_HOP_SOURCES).map(({ type, key }) => ({ type, key }));
    const rows = await readQuery('graph/explore/second-hop', {
      refs: sources,
      focusType: id.type,
      focusKey: id.key,
      perNode,
    });
    for (const row of rows) {
      const uid = idOf(row);
      for (const v of row.next) {
        const vid = idOf(v);
        if (!nodes.has(vid)) nodes.set(vid, { ...pick(v), id: vid, hop: 2, weight: v.weight, p1: null });
        addEdge(uid, vid, v.weight);
      }
    }
  }

  // Edges among the strongest nodes, by pair key: cheap index seeks instead of expanding hubs.
  const strongest = [...nodes.values()].slice(0, CROSS_EDGE_NODES);
  const pairs = new Map<string, [string, string]>();
  for (let i = 0; i < strongest.length; i += 1) {
    for (let j = i + 1; j < strongest.length; j += 1) {
      const a = strongest[i]!;
      const b = strongest[j]!;
      pairs.set(pairKey(elementId(a.type, a.key), elementId(b.type, b.key)), [a.id, b.id]);
    }
  }
  // The pair weights come back with the graph version, which says whether the result may be cached.
  const { version: seenVersion, weights } = await graphVersionWith([...pairs.keys()]);
  for (const [pair, weight] of weights) {
    const [a, b] = pairs.get(pair)!;
    addEdge(a, b, weight);
  }

  const neighbourhood: Neighbourhood = {
    focus: { ...pick(first.focus), id: focusId, degree: first.degree, strength: first.focus.strength },
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: first.degree > first.neighbours.length,
    limit,
    hops,
  };
  return { neighbourhood, seenVersion };
}

export async function elementDetails({ id, perType, documents }: DetailsQuery): Promise<ElementDetails> {
  const [row] = await readQuery('graph/explore/details', { type: id.type, key: id.key, perType });
  if (!row) throw new NotFoundError(`No element ${formatElementRef(id)}`);
  const docs = await readQuery('graph/explore/documents-of', { type: id.type, key: id.key, limit: documents });
  const strength = row.focus.strength || 1;
  const order: ElementType[] = ['Scenario', 'Knowledge', 'DomainSkill', 'CodingSkill'];
  return {
    element: {
      ...pick(row.focus),
      id: idOf(row.focus),
      degree: row.degree,
      strength: row.focus.strength,
      documents: row.documents,
    },
    neighboursByType: row.byType
      .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))
      .map((group) => ({
        type: group.type,
        total: group.total,
        top: group.top.map((n) => ({ ...pick(n), id: idOf(n), weight: n.weight, p1: n.weight / strength })),
      })),
    documents: docs,
  };
}

export async function documentById(documentId: string): Promise<DocumentView> {
  const [row] = await readQuery('graph/explore/document', { id: documentId });
  if (!row) throw new NotFoundError(`No document ${JSON.stringify(documentId)}`);
  const d = row.document;
  return {
    id: d.id,
    title: d.title,
    source: d.source,
    body: d.body ?? null,
    answers: d.answers ?? [],
    tags: d.tags ?? [],
    url: d.url ?? null,
    license: d.license ?? null,
    elements: row.elements.map((e) => ({ id: idOf(e), type: e.type, name: e.name })),
  };
}

function pick(e: ElementSummary): ElementSummary {
  return { type: e.type, key: e.key, name: e.name, docCount: e.docCount };
}
