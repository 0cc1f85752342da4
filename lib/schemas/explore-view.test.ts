import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_VIEW, formatExploreView, parseExploreView, type ExploreView } from './explore-view';

describe('explore view URL state', () => {
  it('round-trips through URL parameters', () => {
    const view: ExploreView = {
      focus: 'CodingSkill:f-strings with {braces} & "quotes"',
      limit: 200,
      hops: 2,
      minWeight: 3,
      hidden: ['Knowledge', 'DomainSkill'],
      expanded: ['Scenario:a', 'CodingSkill:b'],
      dismissed: ['Knowledge:c'],
    };
    const url = `/explore?${formatExploreView(view).toString()}`;
    assert.deepEqual(parseExploreView(new URL(url, 'http://x').searchParams), view);
  });

  it('leaves defaults out and falls back to them for malformed values', () => {
    assert.equal(formatExploreView(DEFAULT_VIEW).toString(), '');
    const parsed = parseExploreView(new URLSearchParams('limit=-4&hops=7&min=abc&hide=Bogus&hide=Scenario'));
    assert.deepEqual(parsed, { ...DEFAULT_VIEW, hidden: ['Scenario'] });
  });
});
