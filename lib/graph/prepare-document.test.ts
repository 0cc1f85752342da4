import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseExtractionLine } from './prepare-document';

const valid = {
  docId: 'so-1',
  source: 'stackoverflow',
  title: 'Rolling mean per store',
  scenarios: ['Retail demand forecasting'],
  knowledge: ['Seasonality in sales data'],
  domainSkills: ['Building lag features'],
  codingSkills: ['pandas groupby with rolling windows', 'Pandas groupby with rolling windows.'],
};

function reasonOf(record: unknown): string {
  const result = parseExtractionLine(typeof record === 'string' ? record : JSON.stringify(record), 7);
  assert.equal(result.ok, false, 'expected the line to be rejected');
  if (result.ok) throw new Error('unreachable');
  assert.equal(result.line, 7);
  return result.reason;
}

describe('parseExtractionLine', () => {
  it('accepts a valid record and dedupes names that normalize to the same key', () => {
    const result = parseExtractionLine(JSON.stringify(valid), 1);
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.equal(result.document.id, 'so-1');
    assert.deepEqual(
      result.document.mentions.map((m) => [m.type, m.key]),
      [
        ['CodingSkill', 'pandas groupby with rolling windows'],
        ['DomainSkill', 'building lag features'],
        ['Knowledge', 'seasonality in sales data'],
        ['Scenario', 'retail demand forecasting'],
      ],
    );
    assert.equal(
      result.document.mentions[0]!.surface,
      'pandas groupby with rolling windows',
      'first surface form kept',
    );
  });

  it('gives the same hash to the same content and a different one to changed content', () => {
    const a = parseExtractionLine(JSON.stringify(valid), 1);
    const b = parseExtractionLine(JSON.stringify({ ...valid, extra: 'ignored' }), 2);
    const c = parseExtractionLine(JSON.stringify({ ...valid, knowledge: ['Promotions'] }), 3);
    assert.ok(a.ok && b.ok && c.ok);
    if (!a.ok || !b.ok || !c.ok) return;
    assert.equal(a.document.hash, b.document.hash);
    assert.notEqual(a.document.hash, c.document.hash);
  });

  it('names invalid JSON', () => {
    assert.match(reasonOf('{"docId": "x",'), /^invalid JSON/);
    assert.match(reasonOf('[1,2]'), /expected a JSON object/);
  });

  it('names a missing field', () => {
    const { codingSkills: _omitted, ...rest } = valid;
    assert.match(reasonOf(rest), /codingSkills: is required/);
  });

  it('names a wrong-typed field', () => {
    assert.match(reasonOf({ ...valid, knowledge: 'not a list' }), /knowledge: must be an array of strings/);
    assert.match(reasonOf({ ...valid, domainSkills: [42] }), /domainSkills\[0\]: must be a string/);
    assert.match(reasonOf({ ...valid, source: 'reddit' }), /source: must be one of stackoverflow, kaggle, other/);
  });

  it('rejects empty and over-long names', () => {
    assert.match(reasonOf({ ...valid, knowledge: ['  .  '] }), /knowledge\[0\]: name is empty/);
    assert.match(
      reasonOf({ ...valid, codingSkills: ['x'.repeat(10_000)] }),
      /codingSkills\[0\]: name is 10000 characters long; the limit is 200/,
    );
  });

  it('requires one to three scenarios', () => {
    assert.match(reasonOf({ ...valid, scenarios: [] }), /scenarios: must list at least one scenario/);
    assert.match(reasonOf({ ...valid, scenarios: ['a', 'b', 'c', 'd'] }), /scenarios: has more than 3 names/);
  });

  it('keeps a hostile-looking name as data', () => {
    const result = parseExtractionLine(JSON.stringify({ ...valid, codingSkills: ["x'}) DETACH DELETE n //"] }), 1);
    assert.ok(result.ok);
    if (result.ok) assert.ok(result.document.mentions.some((m) => m.surface === "x'}) DETACH DELETE n //"));
  });
});
