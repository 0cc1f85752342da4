import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  codebaseGraph,
  codebaseOfGraph,
  DEFAULT_VIEW,
  formatExploreView,
  parseExploreView,
  type ExploreView,
} from './explore-view';

describe('explore view URL state', () => {
  it('round-trips through URL parameters', () => {
    const view: ExploreView = {
      graph: null,
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

  it('keeps a codebase graph and a code focus, in the form the review page links to', () => {
    const params = new URLSearchParams(
      'graph=codebase:larder@0.3.0&focus=CodeClass:larder@0.3.0:larder.pantry.Pantry&hide=CodeModule',
    );
    const view = parseExploreView(params);
    assert.equal(view.graph, 'codebase:larder@0.3.0');
    assert.equal(codebaseOfGraph(view.graph), 'larder@0.3.0');
    assert.equal(view.focus, 'CodeClass:larder@0.3.0:larder.pantry.Pantry');
    assert.deepEqual(view.hidden, ['CodeModule']);
    assert.deepEqual(parseExploreView(formatExploreView(view)), view);
    assert.equal(codebaseGraph('larder@0.3.0'), 'codebase:larder@0.3.0');
  });

  it('reads an unknown graph value as the scenario graph', () => {
    assert.equal(parseExploreView(new URLSearchParams('graph=bogus')).graph, null);
    assert.equal(parseExploreView(new URLSearchParams('graph=codebase:')).graph, null);
  });
});
