'use client';

import { DIFFICULTIES } from '@/lib/domain/verification';
import { SORT_LABELS, SORTS, type ReviewSort } from '@/lib/review/schemas';
import { PROBLEM_STATUSES, VERIFY_FILTERS, type ProblemStatus, type ReviewProgress } from '@/lib/review/types';
import type { TextFilter } from './filter-drafts';
import type { FilterDraftState } from './use-filter-drafts';
import { VERIFY_LABELS } from './verification-badges';
import type { ReviewView } from './view-state';

/** Any of several values (a closed dropdown of checkboxes): none ticked = no filter. */
function MultiCheck<T extends string>({
  label,
  values,
  selected,
  describe = String,
  onChange,
}: {
  label: string;
  values: readonly T[];
  selected: readonly T[];
  describe?: (value: T) => string;
  onChange(next: T[]): void;
}) {
  const summary = selected.length === 0 ? 'any' : selected.map(describe).join(', ');
  return (
    <fieldset className="multi-check">
      <legend>{label}</legend>
      <details>
        <summary aria-label={`${label}: ${summary}`}>{summary}</summary>
        <div className="multi-check-options">
          {values.map((value) => (
            <label key={value}>
              <input
                type="checkbox"
                checked={selected.includes(value)}
                onChange={(event) =>
                  onChange(values.filter((v) => (v === value ? event.target.checked : selected.includes(v))))
                }
              />
              {describe(value)}
            </label>
          ))}
        </div>
      </details>
    </fieldset>
  );
}

/** A text filter applied as you type (debounced); an invalid value keeps its text and shows its error beside it. */
function TextFilterInput({
  field,
  label,
  drafts,
  placeholder,
  hint,
  numeric = true,
  invalid = false,
}: {
  field: TextFilter;
  label: string;
  drafts: FilterDraftState;
  placeholder?: string;
  hint?: string;
  numeric?: boolean;
  /** Marked invalid by another field's error (the coherence range). */
  invalid?: boolean;
}) {
  const error = drafts.errors[field];
  const errorId = `filter-error-${field}`;
  return (
    <div className="text-filter">
      <label>
        {label}
        <input
          inputMode={numeric ? 'decimal' : undefined}
          value={drafts.drafts[field]}
          placeholder={placeholder}
          title={hint}
          aria-invalid={error || invalid ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => drafts.edit(field, event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && drafts.flush()}
        />
      </label>
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** Queue filters (batch, status, scenario, element, coherence range, duplicate flag, verification, difficulty, coverage) and the sort. */
export function Filters({
  view,
  drafts,
  progress,
  onChange,
}: {
  view: ReviewView;
  drafts: FilterDraftState;
  progress: ReviewProgress | undefined;
  onChange(change: Partial<ReviewView>): void;
}) {
  const set = (change: Partial<ReviewView>) => onChange({ ...change, page: 1 });
  return (
    <form className="review-filters panel" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        Batch
        <select value={view.batch ?? ''} onChange={(event) => set({ batch: event.target.value || null })}>
          <option value="">All batches</option>
          {(progress?.batches ?? []).map((b) => (
            <option key={b.id} value={b.id}>
              {b.name ?? b.id} ({b.total})
            </option>
          ))}
          {view.batch && !progress?.batches.some((b) => b.id === view.batch) ? (
            <option value={view.batch}>{view.batch}</option>
          ) : null}
        </select>
      </label>
      <label>
        Status
        <select
          value={view.status ?? 'all'}
          onChange={(event) =>
            set({ status: event.target.value === 'all' ? null : (event.target.value as ProblemStatus) })
          }
        >
          <option value="all">All</option>
          {PROBLEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <label>
        Scenario
        <select value={view.scenario ?? ''} onChange={(event) => set({ scenario: event.target.value || null })}>
          <option value="">All scenarios</option>
          {(progress?.scenarios ?? []).map((s) => (
            <option key={s.key} value={s.key}>
              {s.name} ({s.problems})
            </option>
          ))}
        </select>
      </label>
      <TextFilterInput
        field="element"
        label="Element"
        drafts={drafts}
        numeric={false}
        placeholder="Type:key, e.g. Knowledge:seasonality"
      />
      <TextFilterInput
        field="coherenceMin"
        label="Coherence ≥"
        drafts={drafts}
        placeholder="-1 to 1"
        hint="mean NPMI of the combination, from -1 to 1"
      />
      <TextFilterInput
        field="coherenceMax"
        label="Coherence ≤"
        drafts={drafts}
        placeholder="-1 to 1"
        hint="mean NPMI of the combination, from -1 to 1"
        invalid={drafts.errors.inverted ?? false}
      />
      <label>
        Near duplicates
        <select
          value={view.duplicate ?? ''}
          onChange={(event) => set({ duplicate: (event.target.value || null) as ReviewView['duplicate'] })}
        >
          <option value="">Either</option>
          <option value="yes">Flagged only</option>
          <option value="no">Not flagged</option>
        </select>
      </label>
      <label>
        Kind
        <select
          value={view.kind ?? ''}
          onChange={(event) => set({ kind: (event.target.value || null) as ReviewView['kind'] })}
        >
          <option value="">Both</option>
          <option value="scenario">Scenario problems</option>
          <option value="case2code">Case2Code tasks</option>
          <option value="codebase">Codebase tasks</option>
        </select>
      </label>
      <MultiCheck
        label="Verification"
        values={VERIFY_FILTERS}
        selected={view.verify}
        describe={(value) => VERIFY_LABELS[value]}
        onChange={(verify) => set({ verify })}
      />
      <MultiCheck
        label="Difficulty"
        values={DIFFICULTIES}
        selected={view.difficulty}
        onChange={(difficulty) => set({ difficulty })}
      />
      <TextFilterInput
        field="coverageMin"
        label="Coverage ≥ %"
        drafts={drafts}
        placeholder="%"
        hint="line coverage of the kept solution, in percent"
      />
      <label>
        Sort
        <select value={view.sort} onChange={(event) => set({ sort: event.target.value as ReviewSort })}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
