'use client';

import { useEffect, useRef, useState } from 'react';
import {
  checkDrafts,
  draftsOf,
  errorsOf,
  TEXT_FILTERS,
  valuesOf,
  type FilterDrafts,
  type FilterErrors,
  type TextFilter,
  type TextFilterValues,
} from './filter-drafts';
import type { ReviewView } from './view-state';

/** How long typing pauses before a text filter is checked and applied. */
export const FILTER_DEBOUNCE_MS = 400;

export interface FilterDraftState {
  drafts: FilterDrafts;
  /** Each invalid field's error in words; empty when every typed filter is valid. */
  errors: FilterErrors;
  edit(field: TextFilter, text: string): void;
  /** Checks and applies what is typed now (Enter). */
  flush(): void;
  /** Replaces every draft with a view's values (Clear filters), dropping any error. */
  reset(view: ReviewView): void;
}

const sameValues = (a: TextFilterValues, b: TextFilterValues) => TEXT_FILTERS.every((field) => a[field] === b[field]);

/**
 * The text filters as typed: checked with the API's schema ~400 ms after typing stops, then applied to the view
 * (`apply`); an invalid value stays in its field with its error and is not applied. When the view changes from
 * elsewhere (a link, back, Clear filters), its values replace the drafts, except a change this hook applied itself.
 */
export function useFilterDrafts(view: ReviewView, apply: (values: TextFilterValues) => void): FilterDraftState {
  const current = valuesOf(view);
  const [drafts, setDrafts] = useState(() => draftsOf(current));
  const [errors, setErrors] = useState(() => errorsOf(checkDrafts(draftsOf(current))));
  const [seen, setSeen] = useState(current);
  const [applied, setApplied] = useState<TextFilterValues | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  if (!sameValues(current, seen)) {
    setSeen(current);
    if (applied === null || !sameValues(current, applied)) {
      const outside = draftsOf(current);
      const next = { ...drafts };
      for (const field of TEXT_FILTERS) if (current[field] !== seen[field]) next[field] = outside[field];
      setDrafts(next);
      setErrors(errorsOf(checkDrafts(next)));
    }
  }

  const settle = (next: FilterDrafts) => {
    clearTimeout(timer.current);
    const check = checkDrafts(next);
    setErrors(errorsOf(check));
    if (check.ok) {
      setApplied(check.values);
      apply(check.values);
    }
  };

  return {
    drafts,
    errors,
    edit: (field, text) => {
      const next = { ...drafts, [field]: text };
      setDrafts(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => settle(next), FILTER_DEBOUNCE_MS);
    },
    flush: () => settle(drafts),
    reset: (target) => {
      clearTimeout(timer.current);
      const values = valuesOf(target);
      setDrafts(draftsOf(values));
      setErrors({});
      setApplied(values);
    },
  };
}
