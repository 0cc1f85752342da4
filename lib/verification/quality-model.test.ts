import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complexityLabel, qualityReport, sweepQuery, type QualityGroup } from './quality-model';

const params = (counts: [number, number, number], temperature: number) =>
  JSON.stringify({ counts: { Knowledge: counts[0], DomainSkill: counts[1], CodingSkill: counts[2] }, temperature });

const group = (
  batchId: string,
  p: string | null,
  bucket: number | null,
  problems: number,
  passed: number,
  solved = 0,
) =>
  ({
    batchId,
    params: p,
    bucket,
    problems,
    passed,
    attempts: problems * 3,
    solved,
  }) satisfies QualityGroup;

describe('qualityReport', () => {
  it('pools pass rates by coherence tenth (gaps filled, the ends clamped) and by complexity × temperature', () => {
    const report = qualityReport([
      group('b1', params([1, 1, 1], 1), -1, 2, 6, 2),
      group('b1', params([1, 1, 1], 1), 1, 2, 3, 1),
      group('b2', params([1, 1, 1], 1), 1, 2, 0, 0),
      group('b3', params([2, 1, 0], 3), 10, 1, 3, 1),
      group('b3', params([2, 1, 0], 3), null, 4, 4, 2),
    ]);
    assert.equal(report.problems, 11);
    assert.equal(report.batches, 3);
    assert.equal(report.withoutCoherence, 4);
    assert.deepEqual(
      report.byCoherence.map((b) => [Math.round(b.from * 10), b.problems]),
      [
        [-1, 2],
        [0, 0],
        [1, 4],
        [2, 0],
        [3, 0],
        [4, 0],
        [5, 0],
        [6, 0],
        [7, 0],
        [8, 0],
        [9, 1],
      ],
    );
    assert.equal(report.byCoherence[2]!.passRate, 3 / 12);
    assert.equal(report.byCoherence[2]!.solvedRate, 1 / 4);
    assert.deepEqual(
      report.complexities.map((c) => c.label),
      ['C1', 'DK 2 · DS 1 · CS 0'], // both 3 features: by label
    );
    assert.deepEqual(report.temperatures, [1, 3]);
    const c1 = report.cells.find((c) => c.complexity === 'C1')!;
    assert.deepEqual(c1, {
      complexity: 'C1',
      temperature: 1,
      batches: 2,
      problems: 6,
      passRate: 9 / 18,
      solvedRate: 3 / 6,
    });
  });

  it('names presets and custom counts, and links each to its sweep in the Sampler', () => {
    assert.equal(complexityLabel({ Knowledge: 3, DomainSkill: 3, CodingSkill: 3 }), 'C3');
    assert.equal(sweepQuery({ Knowledge: 2, DomainSkill: 2, CodingSkill: 2 }), 'select=all&c=C2');
    assert.equal(sweepQuery({ Knowledge: 2, DomainSkill: 0, CodingSkill: 1 }), 'select=all&c=custom&dk=2&ds=0&cs=1');
  });

  it('leaves batches with unreadable parameters out of the grid but not out of the bars', () => {
    const report = qualityReport([group('b', 'not json', 0, 3, 3)]);
    assert.equal(report.byCoherence.length, 1);
    assert.equal(report.cells.length, 0);
  });
});
