import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { curateLines, normalizedTextHash } from './curate';
import { englishScore } from './language';

const sample = readFileSync('data/sample/documents.jsonl', 'utf8').split('\n').filter(Boolean);
const first = JSON.parse(sample[0]!) as { id: string; title: string; body: string };

function doc(id: string, title: string, body: string): string {
  return JSON.stringify({ id, source: 'other', title, body });
}

describe('curateLines', () => {
  it('keeps every document of the sample corpus', () => {
    const summary = curateLines(sample);
    assert.equal(summary.kept.length, sample.length);
    assert.deepEqual([summary.bad, summary.filtered, summary.duplicates], [[], [], []]);
  });

  it('reports malformed lines by number and keeps the rest', () => {
    const summary = curateLines([
      sample[0]!,
      '{not json',
      '',
      JSON.stringify({ id: 'x', source: 'nowhere', title: 't', body: 'b' }),
      sample[1]!,
    ]);
    assert.deepEqual(
      summary.kept.map((d) => d.line),
      [1, 5],
    );
    assert.deepEqual(
      summary.bad.map((b) => b.line),
      [2, 4],
    );
    assert.match(summary.bad[0]!.reason, /invalid JSON/);
    assert.match(summary.bad[1]!.reason, /source/);
    assert.equal(summary.bad[1]!.id, 'x');
  });

  it('catches an exact duplicate (after normalization) and a near duplicate', () => {
    const exact = doc('copy', first.title.toUpperCase(), `  ${first.body.replace(/ /g, '  ')} `);
    const near = doc('near', first.title, `${first.body} Thanks in advance!`);
    const summary = curateLines([sample[0]!, exact, near, sample[1]!]);
    assert.deepEqual(
      summary.kept.map((d) => d.record.id),
      [first.id, JSON.parse(sample[1]!).id],
    );
    const [d1, d2] = summary.duplicates;
    assert.deepEqual([d1?.id, d1?.kind, d1?.of, d1?.line], ['copy', 'exact', first.id, 2]);
    assert.deepEqual([d2?.id, d2?.kind, d2?.of], ['near', 'near', first.id]);
    assert.ok(d2!.similarity >= 0.8);
  });

  it('filters by length, size and language with the threshold in the detail', () => {
    const huge = doc('huge', 'big', 'x '.repeat(1_000_000));
    const summary = curateLines([
      doc('short', 'Hi', 'too short'),
      doc('long', 'Long', 'the cat sat on the mat. '.repeat(5_000)),
      huge,
      doc(
        'german',
        'Frage zur Datenbank',
        'Ich möchte eine Tabelle mit Pandas gruppieren, aber die Spalten werden nicht übernommen, und ich weiß nicht warum das passiert.',
      ),
      doc(
        'russian',
        'Вопрос',
        'Как сгруппировать таблицу в pandas по месяцам и посчитать среднее значение для каждого клиента в отчёте?',
      ),
    ]);
    const byId = new Map(summary.filtered.map((f) => [f.id, f]));
    assert.equal(byId.get('short')?.reason, 'too_short');
    assert.match(byId.get('short')!.detail, /fewer than 80/);
    assert.equal(byId.get('long')?.reason, 'too_long');
    assert.equal(byId.get('huge')?.reason, 'too_large');
    assert.match(byId.get('huge')!.detail, /2\.0 MB exceeds the 1\.0 MB limit/);
    assert.equal(byId.get('german')?.reason, 'not_english');
    assert.equal(byId.get('russian')?.reason, 'not_english');
    assert.equal(summary.kept.length, 0);
  });

  it('reports a repeated id as a bad line', () => {
    const summary = curateLines([
      sample[0]!,
      doc(
        first.id,
        'Another title entirely',
        'A different body about something else, long enough to pass the length check easily.',
      ),
    ]);
    assert.equal(summary.kept.length, 1);
    assert.match(summary.bad[0]!.reason, /duplicate id .* line 1/);
  });

  it('rejects a Jaccard threshold outside (0, 1]', () => {
    assert.throws(() => curateLines([], { jaccard: 0 }), RangeError);
    assert.throws(() => curateLines([], { jaccard: 1.5 }), RangeError);
  });
});

describe('helpers', () => {
  it('normalizes before hashing', () => {
    assert.equal(normalizedTextHash('Hello   World'), normalizedTextHash(' hello world '));
    assert.notEqual(normalizedTextHash('hello world'), normalizedTextHash('hello there'));
  });

  it('scores English prose above the thresholds', () => {
    const score = englishScore('How do I group a table by month and compute the mean for each customer in the report?');
    assert.ok(score.asciiLetterShare === 1 && score.stopwordShare > 0.2);
  });
});
