import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exactJaccard } from '@/lib/similarity/minhash';
import { PROBLEM_DUPLICATE_THRESHOLD } from '@/lib/duplicates/threshold';
import { fixtureProblems, type FixtureCandidate } from './fixture';

const candidates: FixtureCandidate[] = ['retail demand forecasting', 'fraud detection', 'sentiment analysis'].map(
  (name, s) => ({
    scenario: { key: name, name },
    byType: ['Knowledge', 'DomainSkill', 'CodingSkill'].map((type) => ({
      type,
      top: [0, 1, 2].map((k) => ({ type, key: `${type}-${s}-${k}`, name: `${type} topic ${s}.${k}` })),
    })),
  }),
);

describe('fixtureProblems', () => {
  it('builds pending version-1 problems in the MODEL.md shape, the scenario first among USES', () => {
    const [problem] = fixtureProblems('b', 1, candidates, 1_000);
    assert.equal(problem!.props.key, 'b/0');
    assert.equal(problem!.props.status, 'pending');
    assert.equal(problem!.props.version, 1);
    assert.deepEqual(
      problem!.uses.map((u) => [u.role, u.position]),
      [
        ['scenario', 0],
        ['feature', 0],
        ['feature', 1],
        ['feature', 2],
      ],
    );
    assert.deepEqual(JSON.parse(String(problem!.props.features)).length, 3);
  });

  it('plants exactly one near duplicate when asked, and none otherwise', () => {
    const problems = fixtureProblems('b', 12, candidates, 1_000, { nearCopyOf: 2 });
    const pairs: string[] = [];
    for (let i = 0; i < problems.length; i += 1) {
      for (let j = i + 1; j < problems.length; j += 1) {
        if (
          exactJaccard(String(problems[i]!.props.statement), String(problems[j]!.props.statement)) >=
          PROBLEM_DUPLICATE_THRESHOLD
        )
          pairs.push(`${i}-${j}`);
      }
    }
    assert.deepEqual(pairs, ['2-11']);
  });
});

describe('fixture verification', () => {
  it('cycles through every difficulty and several statuses, with exactly one unsandboxed result', () => {
    const problems = fixtureProblems('b', 10, candidates, 1_000, { verify: { attempts: 4 } });
    const difficulties = problems.map((p) => p.props.difficulty);
    for (const d of ['easy', 'medium', 'hard', 'fail']) assert.ok(difficulties.includes(d), d);
    const statuses = new Set(problems.map((p) => p.props.verifyStatus));
    for (const s of ['passed', 'failed', 'error', 'timeout', 'no_tests']) assert.ok(statuses.has(s), s);
    assert.equal(problems.filter((p) => p.props.unsandboxed === true).length, 1);
    for (const p of problems) {
      const stored = JSON.parse(String(p.props.verification)) as { attempts: unknown[]; k: number };
      assert.equal(stored.attempts.length, 4);
      assert.equal(p.props.passRate, Number(p.props.verifyPassed) / 4);
    }
  });
});
