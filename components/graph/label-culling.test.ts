import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cullLabels, type LabelCandidate } from './label-culling';
import { boxesOverlap, boxOverlaps } from './layout-quality';

function label(id: string, x: number, y: number, priority: number, w = 60, h = 14): LabelCandidate {
  return { id, priority, x1: x - w / 2, x2: x + w / 2, y1: y, y2: y + h };
}

test('kept labels never overlap, and every dropped one collides with a kept, more important one', () => {
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const candidates = Array.from({ length: 600 }, (_, i) =>
    label(`l${i}`, rand() * 1400, rand() * 900, Math.floor(rand() * 50), 30 + rand() * 120),
  );
  const kept = cullLabels(candidates);
  const keptBoxes = candidates.filter((c) => kept.has(c.id));
  assert.ok(keptBoxes.length > 20 && keptBoxes.length < candidates.length);
  assert.equal(boxOverlaps(keptBoxes), 0);
  for (const c of candidates.filter((c) => !kept.has(c.id))) {
    const blockers = keptBoxes.filter((k) => boxesOverlap(k, c));
    assert.ok(blockers.length > 0, `${c.id} was dropped with nothing in its way`);
    assert.ok(
      blockers.some((k) => k.priority >= c.priority),
      `${c.id} lost to less important labels only`,
    );
  }
});

test('the most important label wins a collision, whatever the input order', () => {
  const a = label('focus', 100, 100, 10);
  const b = label('minor', 110, 104, 1);
  assert.deepEqual([...cullLabels([b, a])], ['focus']);
  assert.deepEqual([...cullLabels([a, b])], ['focus']);
});

test('labels outside the viewport are left out', () => {
  const kept = cullLabels([label('in', 50, 50, 1), label('out', 5000, 50, 9)], { x1: 0, y1: 0, x2: 800, y2: 600 });
  assert.deepEqual([...kept], ['in']);
});

test('a label may not cover a more important node, may cover a less important one; the focus label always shows', () => {
  const node = (id: string, x: number, y: number, priority: number) => ({
    id,
    priority,
    x1: x - 10,
    x2: x + 10,
    y1: y - 10,
    y2: y + 10,
  });
  const obstacles = [
    node('a', 100, 100, 5),
    node('b', 100, 125, 8),
    node('d', 200, 100, 5),
    node('e', 200, 125, 2),
    node('focus', 300, 100, 9),
    node('c', 300, 125, 9.5),
  ];
  const kept = cullLabels(
    [label('a', 100, 112, 5), label('d', 200, 112, 5), label('focus', 300, 112, 9), label('far', 600, 300, 1)],
    undefined,
    obstacles,
    new Set(['focus']),
  );
  assert.deepEqual([...kept].sort(), ['d', 'far', 'focus']);
});
