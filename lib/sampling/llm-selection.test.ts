import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareScenario, type ScenarioCandidates } from './combination';
import { resolvePicks, selectionMenu, selectionMessage } from './llm-selection';
import type { Candidate } from './transitions';

/** A scenario with `perType` candidates per type; candidate i of a type has P1 ∝ i + 1. */
function scenario(perType: Record<'Knowledge' | 'DomainSkill' | 'CodingSkill', number>): ScenarioCandidates {
  const candidates: Candidate[] = [];
  for (const [type, n] of Object.entries(perType) as Array<[Candidate['type'], number]>) {
    for (let i = 0; i < n; i += 1)
      candidates.push({
        type,
        key: `${type}-${i}`,
        name: `${type} name ${i}`,
        docCount: 3,
        scenarioWeight: i + 1,
        p1: (i + 1) / 100,
        p2: 0,
      });
  }
  return {
    scenario: { key: 's', name: 'retail demand forecasting', docCount: 9, strength: 50 },
    documents: 100,
    truncated: false,
    candidates,
  };
}

const prepared = prepareScenario(scenario({ Knowledge: 20, DomainSkill: 3, CodingSkill: 0 }), 0, 1);
const counts = { Knowledge: 2, DomainSkill: 2, CodingSkill: 1 };

describe('llm selection menu', () => {
  it('shows the top M of each type by P_T, most probable first, and caps wanted counts by what exists', () => {
    const menu = selectionMenu(prepared, counts, 12);
    const knowledge = menu.shown.filter((s) => s.type === 'Knowledge');
    assert.equal(knowledge.length, 12);
    assert.deepEqual(
      knowledge.slice(0, 3).map((s) => [s.id, s.candidate.key]),
      [
        ['K1', 'Knowledge-19'],
        ['K2', 'Knowledge-18'],
        ['K3', 'Knowledge-17'],
      ],
    );
    assert.ok(knowledge.every((s, i) => i === 0 || s.probability <= knowledge[i - 1]!.probability));
    assert.equal(menu.shown.filter((s) => s.type === 'DomainSkill').length, 3);
    assert.deepEqual(menu.wanted, { Knowledge: 2, DomainSkill: 2, CodingSkill: 0 });
    const message = selectionMessage(menu);
    assert.match(message, /^Scenario: retail demand forecasting$/m);
    assert.match(message, /Pick exactly: 2 × domain knowledge \(ids K…\), 2 × domain skill \(ids D…\)\./);
    assert.match(message, /^- K1 \| Knowledge name 19 \| 0\.\d{3}$/m);
    assert.doesNotMatch(message, /Coding skill candidates/);
  });

  it('accepts exactly the asked numbers of listed ids, case-insensitively, in type order, and marks short types', () => {
    const menu = selectionMenu(prepared, counts, 12);
    const outcome = resolvePicks(menu, ['d2', 'K5', 'K1', 'D1']);
    assert.ok(outcome.ok);
    assert.deepEqual(
      outcome.combination.features.map((f) => f.key),
      ['Knowledge-15', 'Knowledge-19', 'DomainSkill-1', 'DomainSkill-2'],
    );
    assert.deepEqual(outcome.combination.short, ['CodingSkill']);
    const shown = new Map(menu.shown.map((s) => [s.candidate.key, s.probability]));
    assert.deepEqual(
      outcome.combination.probabilities,
      outcome.combination.features.map((f) => shown.get(f.key)),
    );
  });

  it('rejects an id not on the menu, an id twice, and a wrong count, saying which', () => {
    const menu = selectionMenu(prepared, counts, 12);
    const cases: Array<[string[], RegExp]> = [
      [['K1', 'K13', 'D1', 'D2'], /"K13", which is not one of the candidates/],
      [['K1', 'Knowledge-3', 'D1', 'D2'], /"Knowledge-3", which is not one of the candidates/],
      [['K1', 'k1', 'D1', 'D2'], /"k1" twice/],
      [['K1', 'D1', 'D2'], /picked 1 domain knowledge feature\(s\), 2 were asked for/],
      [['K1', 'K2', 'K3', 'D1', 'D2'], /picked 3 domain knowledge feature\(s\), 2 were asked for/],
    ];
    for (const [picks, reason] of cases) {
      const outcome = resolvePicks(menu, picks);
      assert.equal(outcome.ok, false, picks.join(','));
      if (!outcome.ok) assert.match(outcome.reason, reason);
    }
  });
});
