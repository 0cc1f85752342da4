import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanSurface, normalizeKey } from './normalize';

describe('normalizeKey', () => {
  it('lower-cases, trims, collapses inner whitespace and drops trailing sentence punctuation', () => {
    assert.equal(normalizeKey('  Pandas   GroupBy\taggregation.  '), 'pandas groupby aggregation');
    assert.equal(normalizeKey('Retail demand forecasting!?'), 'retail demand forecasting');
  });

  it('applies Unicode NFKC, so compatibility forms share a key', () => {
    assert.equal(normalizeKey('ｐａｎｄａｓ'), 'pandas'); // full-width letters
    assert.equal(normalizeKey('ﬁle parsing'), 'file parsing'); // ligature
    assert.equal(normalizeKey('caf\u0065\u0301'), normalizeKey('caf\u00e9'));
  });

  it('keeps closing brackets and quotes that belong to the name', () => {
    assert.equal(normalizeKey('pandas.merge()'), 'pandas.merge()');
    assert.equal(normalizeKey("Bayes' theorem"), "bayes' theorem");
    assert.equal(normalizeKey('f-strings with {braces}.'), 'f-strings with {braces}');
  });

  it('turns control characters into spaces', () => {
    assert.equal(normalizeKey('a\u0000b\u0001c'), 'a b c');
  });

  it('keeps case in the surface form', () => {
    assert.equal(cleanSurface('  Pandas  groupby. '), 'Pandas groupby');
  });
});
