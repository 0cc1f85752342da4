import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_VIEW,
  exportSearch,
  filterOf,
  formatReviewView,
  listSearch,
  parseReviewView,
  type ReviewView,
} from './view-state';

describe('review view state', () => {
  it('starts on the pending queue, oldest first, in focus mode', () => {
    assert.deepEqual(parseReviewView(new URLSearchParams()), DEFAULT_VIEW);
    assert.equal(formatReviewView(DEFAULT_VIEW).toString(), '');
  });

  it('round-trips every field through the URL', () => {
    const view: ReviewView = {
      batch: 'b-1',
      status: null,
      scenario: 'retail demand forecasting',
      element: 'Knowledge:seasonality',
      coherenceMin: -0.25,
      coherenceMax: 0.5,
      duplicate: 'yes',
      kind: 'case2code',
      verify: ['passed', 'unverified'],
      difficulty: ['easy', 'medium'],
      coverageMin: 90,
      sort: 'coherence-desc',
      mode: 'list',
      pageSize: 100,
      page: 3,
    };
    assert.deepEqual(parseReviewView(formatReviewView(view)), view);
  });

  it('falls back to defaults for malformed values', () => {
    const view = parseReviewView(
      new URLSearchParams(
        'status=done&sort=x&pageSize=30&page=-2&coherenceMin=5&duplicate=maybe&kind=other&mode=grid&verify=nope&difficulty=x&coverageMin=101',
      ),
    );
    assert.deepEqual(view, DEFAULT_VIEW);
  });

  it('sends only the set filters to the API', () => {
    const view = { ...DEFAULT_VIEW, batch: 'b-1', coherenceMax: 0.2 };
    assert.deepEqual(filterOf(view), { batch: 'b-1', status: 'pending', coherenceMax: 0.2 });
    assert.equal(listSearch(view, 50, 25), 'batch=b-1&status=pending&coherenceMax=0.2&sort=age&offset=50&limit=25');
  });

  it('sends verification filters as lists to bulk and comma-joined to the list API', () => {
    const view: ReviewView = {
      ...DEFAULT_VIEW,
      status: null,
      verify: ['passed'],
      difficulty: ['easy', 'medium'],
      coverageMin: 90,
      sort: 'coverage-desc',
    };
    assert.deepEqual(filterOf(view), { verify: ['passed'], difficulty: ['easy', 'medium'], coverageMin: 90 });
    assert.equal(
      listSearch(view, 0, 25),
      'verify=passed&difficulty=easy%2Cmedium&coverageMin=90&sort=coverage-desc&offset=0&limit=25',
    );
    assert.deepEqual(parseReviewView(new URLSearchParams('verify=failed,passed,bogus&difficulty=fail')).verify, [
      'passed',
      'failed',
    ]);
  });
});

describe('export scope', () => {
  const view: ReviewView = { ...DEFAULT_VIEW, batch: 'b-1', coherenceMax: 0.2, verify: ['passed', 'failed'] };
  const options = { status: 'approved', format: 'full', verified: false };

  it('everything: no batch and no filter field', () => {
    assert.equal(exportSearch('all', view, options), 'status=approved&format=full');
  });

  it('this batch: the batch only', () => {
    assert.equal(
      exportSearch('batch', view, { ...options, verified: true }),
      'status=approved&format=full&batch=b-1&verified=1',
    );
  });

  it("the review filter: every field but its status (the export's own status applies)", () => {
    assert.equal(
      exportSearch('filter', view, options),
      'status=approved&format=full&batch=b-1&coherenceMax=0.2&verify=passed%2Cfailed',
    );
  });
});
