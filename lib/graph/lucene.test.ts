import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typeAheadQuery } from './lucene';

describe('typeAheadQuery', () => {
  it('requires every word and treats the last as a prefix', () => {
    assert.equal(typeAheadQuery('Retail demand fore'), '+retail +demand +fore*');
  });

  it('keeps Lucene syntax and quotes out of the query', () => {
    assert.equal(typeAheadQuery("x'}) DETACH DELETE n //"), '+x +detach +delete +n*');
    assert.equal(
      typeAheadQuery('f-string {braces} `tick` "q" a:b (c) [d] ~e^2 \\'),
      '+f +string +braces +tick +q +a +b +c +d +e +2*',
    );
  });

  it('returns null when there is nothing to search for', () => {
    assert.equal(typeAheadQuery('  !?{}  '), null);
  });
});
