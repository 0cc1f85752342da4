import { reviewFilterSchema } from '@/lib/review/schemas';
import type { ReviewView } from './view-state';

/** The filters typed into text fields: applied as you type, once the server's schema accepts them. */
export const TEXT_FILTERS = ['element', 'coherenceMin', 'coherenceMax', 'coverageMin'] as const;
export type TextFilter = (typeof TEXT_FILTERS)[number];
export type FilterDrafts = Record<TextFilter, string>;
/** Each invalid field's error in words; `inverted` when the coherence range is upside down (both fields are marked). */
export type FilterErrors = Partial<Record<TextFilter, string>> & { inverted?: true };
export type TextFilterValues = Pick<ReviewView, TextFilter>;

export const FILTER_LABELS: Readonly<Record<TextFilter, string>> = {
  element: 'Element',
  coherenceMin: 'Min coherence',
  coherenceMax: 'Max coherence',
  coverageMin: 'Coverage',
};

export const valuesOf = (view: ReviewView): TextFilterValues => ({
  element: view.element,
  coherenceMin: view.coherenceMin,
  coherenceMax: view.coherenceMax,
  coverageMin: view.coverageMin,
});

export function draftsOf(values: TextFilterValues): FilterDrafts {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    element: text(values.element),
    coherenceMin: text(values.coherenceMin),
    coherenceMax: text(values.coherenceMax),
    coverageMin: text(values.coverageMin),
  };
}

export type DraftCheck = { ok: true; values: TextFilterValues } | { ok: false; errors: FilterErrors };

/** Checks typed filters with the review filter schema the API uses: the values they mean, or each field's error in words. */
export function checkDrafts(drafts: FilterDrafts): DraftCheck {
  const trimmed = Object.fromEntries(TEXT_FILTERS.map((field) => [field, drafts[field].trim()]));
  const result = reviewFilterSchema.safeParse(trimmed);
  if (!result.success) {
    const errors: FilterErrors = {};
    for (const issue of result.error.issues) {
      const field = TEXT_FILTERS.find((f) => f === issue.path[0]);
      if (field && !errors[field]) errors[field] = `${FILTER_LABELS[field]} ${issue.message}`;
      if (field === 'coherenceMin' && issue.code === 'custom') errors.inverted = true;
    }
    return { ok: false, errors };
  }
  return {
    ok: true,
    values: {
      element: trimmed.element || null,
      coherenceMin: result.data.coherenceMin ?? null,
      coherenceMax: result.data.coherenceMax ?? null,
      coverageMin: result.data.coverageMin ?? null,
    },
  };
}

export const errorsOf = (check: DraftCheck): FilterErrors => (check.ok ? {} : check.errors);

/** The errors as one sentence ("" when there are none): why no card is shown and bulk actions are off. */
export const errorSummary = (errors: FilterErrors): string =>
  TEXT_FILTERS.flatMap((field) => (errors[field] ? [errors[field]] : [])).join('; ');
