import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDrafts, errorSummary } from './filter-drafts';

const drafts = (change: Partial<Record<'element' | 'coherenceMin' | 'coherenceMax' | 'coverageMin', string>>) => ({
  element: '',
  coherenceMin: '',
  coherenceMax: '',
  coverageMin: '',
  ...change,
});

describe('typed review filters', () => {
  it('gives the values they mean when the API schema accepts them; blanks are no filter', () => {
    assert.deepEqual(checkDrafts(drafts({ coherenceMin: ' -0.25 ', coverageMin: '90', element: 'Knowledge:x ' })), {
      ok: true,
      values: { element: 'Knowledge:x', coherenceMin: -0.25, coherenceMax: null, coverageMin: 90 },
    });
    assert.deepEqual(checkDrafts(drafts({})), {
      ok: true,
      values: { element: null, coherenceMin: null, coherenceMax: null, coverageMin: null },
    });
  });

  it('names each invalid field in words', () => {
    const out = checkDrafts(drafts({ coherenceMin: '5', coherenceMax: 'abc', coverageMin: '101', element: 'Nope' }));
    assert.equal(out.ok, false);
    if (out.ok) return;
    assert.equal(out.errors.coherenceMin, 'Min coherence must be between -1 and 1');
    assert.equal(out.errors.coherenceMax, 'Max coherence must be a number');
    assert.equal(out.errors.coverageMin, 'Coverage must be at most 100 (a percentage)');
    assert.match(out.errors.element ?? '', /^Element must be "Type:key"/);
    assert.equal(out.errors.inverted, undefined);
  });

  it('reports an inverted coherence range on the min field and marks the range', () => {
    const out = checkDrafts(drafts({ coherenceMin: '0.5', coherenceMax: '0.2' }));
    assert.deepEqual(out, {
      ok: false,
      errors: { coherenceMin: 'Min coherence is above the max coherence', inverted: true },
    });
    assert.equal(errorSummary(out.ok ? {} : out.errors), 'Min coherence is above the max coherence');
  });
});
