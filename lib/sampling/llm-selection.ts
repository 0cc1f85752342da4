import { ELEMENT_TYPE_INFO } from '../domain/element-types';
import type { Combination, PreparedScenario } from './combination';
import { FEATURE_TYPES, type FeatureCounts, type FeatureType } from './complexity';
import type { Candidate } from './transitions';

/** Candidates shown to the LLM per type: the top M by P_T. */
export const SELECTION_TOP_M = 12;

const ID_PREFIX: Readonly<Record<FeatureType, string>> = { Knowledge: 'K', DomainSkill: 'D', CodingSkill: 'C' };

export interface ShownCandidate {
  /** Short id the LLM answers with: "K3". */
  id: string;
  type: FeatureType;
  candidate: Candidate;
  /** P_T within the type. */
  probability: number;
}

export interface SelectionMenu {
  scenario: string;
  /** Counts asked for. */
  requested: FeatureCounts;
  /** How many of each type to pick: the request, capped by what the scenario has. */
  wanted: FeatureCounts;
  shown: ShownCandidate[];
}

/** The top-M candidates of each requested type by P_T, with short ids. */
export function selectionMenu(
  prepared: PreparedScenario,
  counts: FeatureCounts,
  topM = SELECTION_TOP_M,
): SelectionMenu {
  const shown: ShownCandidate[] = [];
  const wanted = { ...counts };
  for (const type of FEATURE_TYPES) {
    const { candidates, tempered } = prepared.types[type];
    wanted[type] = Math.min(counts[type], candidates.length);
    if (wanted[type] === 0) continue;
    const order = candidates
      .map((_, i) => i)
      .sort((a, b) => tempered[b]! - tempered[a]! || (candidates[a]!.key < candidates[b]!.key ? -1 : 1));
    // Always show more than is asked for, so there is a choice to make.
    const m = Math.max(topM, wanted[type] * 2);
    for (const [rank, index] of order.slice(0, m).entries()) {
      shown.push({
        id: `${ID_PREFIX[type]}${rank + 1}`,
        type,
        candidate: candidates[index]!,
        probability: tempered[index]!,
      });
    }
  }
  return { scenario: prepared.source.scenario.name, requested: { ...counts }, wanted, shown };
}

/** The user message of the selection step. */
export function selectionMessage(menu: SelectionMenu): string {
  const asks = FEATURE_TYPES.filter((type) => menu.wanted[type] > 0).map(
    (type) => `${menu.wanted[type]} × ${ELEMENT_TYPE_INFO[type].title.toLowerCase()} (ids ${ID_PREFIX[type]}…)`,
  );
  const lines = [`Scenario: ${menu.scenario}`, '', `Pick exactly: ${asks.join(', ')}.`];
  for (const type of FEATURE_TYPES) {
    const ofType = menu.shown.filter((s) => s.type === type);
    if (ofType.length === 0) continue;
    lines.push('', `${ELEMENT_TYPE_INFO[type].title} candidates (id | feature | probability):`);
    for (const s of ofType) lines.push(`- ${s.id} | ${s.candidate.name} | ${s.probability.toFixed(3)}`);
  }
  return lines.join('\n');
}

export type SelectionOutcome = { ok: true; combination: Combination } | { ok: false; reason: string };

/**
 * The combination an LLM's picks describe, or why they are rejected: an id not on the menu, an id
 * twice, or the wrong number of some type.
 */
export function resolvePicks(menu: SelectionMenu, picks: readonly string[]): SelectionOutcome {
  const byId = new Map(menu.shown.map((s) => [s.id.toUpperCase(), s]));
  const seen = new Set<string>();
  const chosen: ShownCandidate[] = [];
  for (const raw of picks) {
    const id = raw.trim().toUpperCase();
    const shown = byId.get(id);
    if (!shown) return { ok: false, reason: `picked "${raw}", which is not one of the candidates` };
    if (seen.has(id)) return { ok: false, reason: `picked "${raw}" twice` };
    seen.add(id);
    chosen.push(shown);
  }
  for (const type of FEATURE_TYPES) {
    const got = chosen.filter((s) => s.type === type).length;
    if (got !== menu.wanted[type])
      return {
        ok: false,
        reason: `picked ${got} ${ELEMENT_TYPE_INFO[type].title.toLowerCase()} feature(s), ${menu.wanted[type]} were asked for`,
      };
  }
  // The combination keeps the FEATURE_TYPES order; within a type, the order picked.
  const ordered = FEATURE_TYPES.flatMap((type) => chosen.filter((s) => s.type === type));
  const short = FEATURE_TYPES.filter((type) => menu.wanted[type] < menu.requested[type]);
  return {
    ok: true,
    combination: { features: ordered.map((s) => s.candidate), probabilities: ordered.map((s) => s.probability), short },
  };
}
