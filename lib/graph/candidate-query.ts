import 'server-only';
import { readQuery } from '../db/driver';
import { candidateId, type FeatureElement, type ScenarioNeighbourhood } from '../sampling/transitions';

/** Default top-K of a hop (neighbours kept per hop, by weight). */
export const DEFAULT_HOP_LIMIT = 200;
/** The first hop keeps this many neighbours at most: P1 stays exact below it. */
const FIRST_HOP_LIMIT = 20_000;
/** Hub lists kept per graph version and hop limit, counted in entries. */
const MAX_HUB_ENTRIES = 1_000_000;

/** An intermediate's top feature neighbours with f(u, v), in query order. */
type HopList = Array<[FeatureElement, number]>;

export interface CandidatesRow {
  scenario: ScenarioNeighbourhood['scenario'];
  documents: number;
  firstHop: ScenarioNeighbourhood['firstHop'];
  via: Array<{ id: string; weight: number; strength: number }>;
  secondHop: ScenarioNeighbourhood['secondHop'];
  /** Indexes of the intermediates expanded here whose list was cut to the top K. */
  cutVia: number[];
  truncated: boolean;
}

/**
 * Second-hop lists of hubs (intermediates whose list was cut to the top K). They do not depend on
 * the scenario, and expanding hubs is most of a candidate query's cost, so they are kept per graph
 * version and hop limit and not expanded again.
 */
export class HubLists {
  private readonly lists = new Map<string, Map<string, HopList>>();
  private entries = 0;

  of(version: string, hopLimit: number): Map<string, HopList> {
    const key = `${version}\u0000${hopLimit}`;
    let lists = this.lists.get(key);
    if (!lists) this.lists.set(key, (lists = new Map()));
    return lists;
  }

  add(version: string, hopLimit: number, id: string, list: HopList): void {
    if (this.entries + list.length > MAX_HUB_ENTRIES) this.clear();
    this.of(version, hopLimit).set(id, list);
    this.entries += list.length;
  }

  clear(): void {
    this.lists.clear();
    this.entries = 0;
  }
}

/**
 * The raw two-hop neighbourhood of a scenario in one query (undefined when there is no such
 * scenario). With `hubs`, intermediates whose lists are held are not expanded again, and new hub
 * lists are added; the result is the same either way.
 */
export async function queryNeighbourhood(
  key: string,
  hopLimit = DEFAULT_HOP_LIMIT,
  hubs?: { store: HubLists; version: string },
): Promise<ScenarioNeighbourhood | undefined> {
  const known = new Map(hubs?.store.of(hubs.version, hopLimit));
  const [row] = await readQuery('sampling/candidates', {
    key,
    hopLimit,
    firstHopLimit: FIRST_HOP_LIMIT,
    cachedVia: [...known.keys()],
  });
  if (!row) return undefined;

  const perVia: HopList[] = row.via.map(() => []);
  for (const { hops, ...element } of row.secondHop) {
    for (const [i, weight] of hops) perVia[i]!.push([element, weight]);
  }
  const cut = new Set(row.cutVia);
  let truncated = row.truncated;
  row.via.forEach((u, i) => {
    const cached = known.get(u.id);
    if (cached) perVia[i] = cached;
    else if (cut.has(i) && hubs) hubs.store.add(hubs.version, hopLimit, u.id, perVia[i]!);
    if (cached || cut.has(i)) truncated = true;
  });

  // Regrouped by v with hops in intermediate order, whether a list was cached or not, so P2 sums alike.
  const byElement = new Map<string, FeatureElement & { hops: Array<[number, number]> }>();
  perVia.forEach((list, i) => {
    for (const [element, weight] of list) {
      const id = candidateId(element);
      let entry = byElement.get(id);
      if (!entry)
        byElement.set(
          id,
          (entry = { type: element.type, key: element.key, name: element.name, docCount: element.docCount, hops: [] }),
        );
      entry.hops.push([i, weight]);
    }
  });
  return {
    scenario: row.scenario,
    documents: row.documents,
    firstHop: row.firstHop,
    via: row.via.map(({ weight, strength }) => ({ weight, strength })),
    secondHop: [...byElement.values()],
    truncated,
  };
}
