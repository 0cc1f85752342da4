import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { featureFlags, keyTerms } from './feature-check';

describe('keyTerms', () => {
  it('keeps content words, stemmed, without stop words or duplicates', () => {
    assert.deepEqual(keyTerms('Forecasting of the sales forecasts'), ['forecast', 'sale']);
    assert.deepEqual(keyTerms('pandas groupby with rolling windows'), ['panda', 'groupby', 'roll', 'window']);
    assert.deepEqual(keyTerms('a to of'), []);
  });
});

describe('featureFlags', () => {
  const features = [
    { id: 'Knowledge:seasonality', name: 'seasonality in sales data' },
    { id: 'CodingSkill:pandas-groupby', name: 'pandas groupby' },
    { id: 'DomainSkill:lag-features', name: 'building lag features' },
  ];

  it('flags exactly the features none of whose terms the statement mentions', () => {
    const statement = 'Given daily **sales**, use a pandas `groupby` to aggregate by store.';
    assert.deepEqual(featureFlags(statement, features), ['unmentioned:DomainSkill:lag-features']);
  });

  it('matches inflected forms and is case-insensitive', () => {
    assert.deepEqual(featureFlags('Build LAG feature columns; GroupBy store; model Seasonal sales', features), []);
  });

  it('flags every feature of an unrelated statement, and none of a name it cannot check', () => {
    assert.equal(featureFlags('Write a function that reverses a linked list.', features).length, 3);
    assert.deepEqual(featureFlags('anything', [{ id: 'Knowledge:x', name: 'of the' }]), []);
  });
});
