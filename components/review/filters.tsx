'use client';

import { useState } from 'react';
import { DIFFICULTIES } from '@/lib/domain/verification';
import { SORT_LABELS, SORTS, type ReviewSort } from '@/lib/review/schemas';
import { PROBLEM_STATUSES, VERIFY_FILTERS, type ProblemStatus, type ReviewProgress } from '@/lib/review/types';
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

function PercentBound({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number | null;
  onCommit(value: number | null): void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const n = text.trim() === '' ? null : Number(text);
  const valid = n === null || (Number.isFinite(n) && n >= 0 && n <= 100);
  const commit = () => valid && n !== value && onCommit(n);
  return (
    <label>
      {label}
      <input
        type="number"
        min={0}
        max={100}
        step={5}
        value={text}
        placeholder="%"
        aria-invalid={!valid || undefined}
        title={valid ? 'line coverage of the kept solution, in percent' : 'a percentage from 0 to 100'}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  );
}

function NumberBound({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number | null;
  onCommit(value: number | null): void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const commit = () => {
    const n = text.trim() === '' ? null : Number(text);
    if (n === null || (Number.isFinite(n) && n >= -1 && n <= 1)) onCommit(n);
  };
  return (
    <label>
      {label}
      <input
        type="number"
        min={-1}
        max={1}
        step={0.05}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  );
}

function ElementInput({ value, onCommit }: { value: string | null; onCommit(value: string | null): void }) {
  const [text, setText] = useState(value ?? '');
  const commit = () => text.trim() !== (value ?? '') && onCommit(text.trim() || null);
  return (
    <label>
      Element
      <input
        placeholder="Type:key, e.g. Knowledge:seasonality"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  );
}

/** Queue filters (batch, status, scenario, element, coherence range, duplicate flag, verification, difficulty, coverage) and the sort. */
export function Filters({
  view,
  progress,
  onChange,
}: {
  view: ReviewView;
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
      <ElementInput key={view.element ?? ''} value={view.element} onCommit={(value) => set({ element: value })} />
      <NumberBound
        key={`min-${view.coherenceMin}`}
        label="Coherence ≥"
        value={view.coherenceMin}
        onCommit={(coherenceMin) => set({ coherenceMin })}
      />
      <NumberBound
        key={`max-${view.coherenceMax}`}
        label="Coherence ≤"
        value={view.coherenceMax}
        onCommit={(coherenceMax) => set({ coherenceMax })}
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
      <PercentBound
        key={`coverage-${view.coverageMin}`}
        label="Coverage ≥ %"
        value={view.coverageMin}
        onCommit={(coverageMin) => set({ coverageMin })}
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
