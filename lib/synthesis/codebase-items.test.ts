import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planFamilies, RELATIONS, relationAnswerText, relationSlot, usesOf } from './codebase-items';
import { CODE_FAMILIES } from './types';

describe('planFamilies', () => {
  it('holds exactly each family’s count, in a repeatable order drawn from the seed', () => {
    const families = { relation: 5, compositional: 3, utilization: 2 };
    const plan = planFamilies(families, 42);
    for (const family of CODE_FAMILIES) assert.equal(plan.filter((f) => f === family).length, families[family]);
    assert.deepEqual(planFamilies(families, 42), plan);
    assert.notDeepEqual(planFamilies(families, 43), plan);
  });

  it('interleaves uniformly: over many seeds each position is a relation about as often as its share (χ², 9 dof)', () => {
    const families = { relation: 4, compositional: 3, utilization: 3 };
    const seeds = 4000;
    const counts = Array.from({ length: 10 }, () => 0);
    for (let seed = 0; seed < seeds; seed += 1)
      planFamilies(families, seed).forEach((f, i) => {
        if (f === 'relation') counts[i] = (counts[i] ?? 0) + 1;
      });
    const expected = (seeds * 4) / 10;
    const chi2 = counts.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
    // The χ² critical value for 9 degrees of freedom at p = 0.001 is 27.88.
    assert.ok(chi2 < 27.88, `χ² = ${chi2.toFixed(2)} for ${counts.join(', ')}`);
  });
});

describe('relationSlot', () => {
  it('cycles the relations over a batch’s relation items and moves to the next subject after each round', () => {
    const plan = ['relation', 'compositional', 'relation', 'relation', 'utilization', 'relation', 'relation'] as const;
    const slots = [0, 2, 3, 5, 6].map((index) => relationSlot(plan, index));
    assert.deepEqual(slots, [
      { relation: RELATIONS[0], pick: 0 },
      { relation: RELATIONS[1], pick: 0 },
      { relation: RELATIONS[2], pick: 0 },
      { relation: RELATIONS[3], pick: 0 },
      { relation: RELATIONS[0], pick: 1 },
    ]);
  });
});

describe('answers and USES', () => {
  const ref = (qualname: string) => ({
    type: 'CodeClass' as const,
    key: `k@1:${qualname}`,
    qualname,
    name: qualname.split('.').pop()!,
    signature: null,
    module: 'k',
  });
  it('writes a relation answer sorted, one name per line', () => {
    assert.equal(relationAnswerText([ref('k.b.Z'), ref('k.a.Y'), ref('k.a.X')]), 'k.a.X\nk.a.Y\nk.b.Z');
  });
  it('links a relation to its subject and answers, a chain to its links in order, a sample to its start and APIs', () => {
    assert.deepEqual(
      usesOf({
        family: 'relation',
        codebase: 'k@1',
        relation: 'inherits',
        subject: ref('k.S'),
        answer: [ref('k.A')],
      }).map((u) => [u.role, u.position, u.key]),
      [
        ['subject', 0, 'k@1:k.S'],
        ['answer', 0, 'k@1:k.A'],
      ],
    );
    const chain = [ref('k.f'), ref('k.g')].map((fn, i) => ({
      fn: { ...fn, type: 'CodeFunction' as const },
      feeds: i ? { classKey: 'c', className: 'C', param: 'x' } : null,
    }));
    assert.deepEqual(
      usesOf({ family: 'compositional', codebase: 'k@1', chain }).map((u) => [u.role, u.position]),
      [
        ['chain', 0],
        ['chain', 1],
      ],
    );
    assert.deepEqual(
      usesOf({ family: 'utilization', codebase: 'k@1', start: ref('k.S'), apis: [ref('k.A'), ref('k.B')] }).map((u) => [
        u.role,
        u.position,
      ]),
      [
        ['subject', 0],
        ['api', 1],
        ['api', 2],
      ],
    );
  });
});
