import { PAGE_SIZES, SORTS, type ReviewSort } from '@/lib/review/schemas';
import { DIFFICULTIES, type Difficulty } from '@/lib/domain/verification';
import {
  PROBLEM_KINDS,
  PROBLEM_STATUSES,
  VERIFY_FILTERS,
  type ProblemKind,
  type ProblemStatus,
  type VerifyFilter,
} from '@/lib/review/types';

/** The review page's state, all of it in the URL so a link or a reload shows the same queue. */
export interface ReviewView {
  batch: string | null;
  /** null = every status; the queue starts on pending. */
  status: ProblemStatus | null;
  scenario: string | null;
  /** "Type:key" */
  element: string | null;
  coherenceMin: number | null;
  coherenceMax: number | null;
  duplicate: 'yes' | 'no' | null;
  /** scenario problems or Case2Code tasks; null = both. */
  kind: ProblemKind | null;
  /** Verification statuses (any of them; `unverified` = no result); empty = no filter. */
  verify: VerifyFilter[];
  difficulty: Difficulty[];
  /** Line coverage at least this many percent. */
  coverageMin: number | null;
  sort: ReviewSort;
  mode: 'focus' | 'list';
  pageSize: (typeof PAGE_SIZES)[number];
  /** 1-based page of the list view. */
  page: number;
}

export const DEFAULT_VIEW: ReviewView = {
  batch: null,
  status: 'pending',
  scenario: null,
  element: null,
  coherenceMin: null,
  coherenceMax: null,
  duplicate: null,
  kind: null,
  verify: [],
  difficulty: [],
  coverageMin: null,
  sort: 'age',
  mode: 'focus',
  pageSize: 25,
  page: 1,
};

const text = (value: string | null) => (value && value.trim() ? value.trim() : null);

function bound(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= -1 && n <= 1 ? n : null;
}

/** A comma-separated list parameter, unknown values dropped, in the order of `values`. */
function listParam<T extends string>(value: string | null, values: readonly T[]): T[] {
  const given = new Set((value ?? '').split(',').map((v) => v.trim()));
  return values.filter((v) => given.has(v));
}

function percent(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

/** Reads the view from URL parameters; anything malformed falls back to its default. */
export function parseReviewView(params: URLSearchParams): ReviewView {
  const status = params.get('status');
  const sort = params.get('sort');
  const pageSize = Number(params.get('pageSize'));
  const page = Number(params.get('page'));
  const duplicate = params.get('duplicate');
  return {
    batch: text(params.get('batch')),
    status:
      status === 'all'
        ? null
        : (PROBLEM_STATUSES as readonly string[]).includes(status ?? '')
          ? (status as ProblemStatus)
          : DEFAULT_VIEW.status,
    scenario: text(params.get('scenario')),
    element: text(params.get('element')),
    coherenceMin: bound(params.get('coherenceMin')),
    coherenceMax: bound(params.get('coherenceMax')),
    duplicate: duplicate === 'yes' || duplicate === 'no' ? duplicate : null,
    kind: (PROBLEM_KINDS as readonly string[]).includes(params.get('kind') ?? '')
      ? (params.get('kind') as ProblemKind)
      : null,
    verify: listParam(params.get('verify'), VERIFY_FILTERS),
    difficulty: listParam(params.get('difficulty'), DIFFICULTIES),
    coverageMin: percent(params.get('coverageMin')),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as ReviewSort) : DEFAULT_VIEW.sort,
    mode: params.get('mode') === 'list' ? 'list' : 'focus',
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize)
      ? (pageSize as ReviewView['pageSize'])
      : DEFAULT_VIEW.pageSize,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The view as URL parameters, defaults left out. */
export function formatReviewView(view: ReviewView): URLSearchParams {
  const out = new URLSearchParams();
  if (view.batch) out.set('batch', view.batch);
  if (view.status !== DEFAULT_VIEW.status) out.set('status', view.status ?? 'all');
  if (view.scenario) out.set('scenario', view.scenario);
  if (view.element) out.set('element', view.element);
  if (view.coherenceMin !== null) out.set('coherenceMin', String(view.coherenceMin));
  if (view.coherenceMax !== null) out.set('coherenceMax', String(view.coherenceMax));
  if (view.duplicate) out.set('duplicate', view.duplicate);
  if (view.kind) out.set('kind', view.kind);
  if (view.verify.length > 0) out.set('verify', view.verify.join(','));
  if (view.difficulty.length > 0) out.set('difficulty', view.difficulty.join(','));
  if (view.coverageMin !== null) out.set('coverageMin', String(view.coverageMin));
  if (view.sort !== DEFAULT_VIEW.sort) out.set('sort', view.sort);
  if (view.mode !== DEFAULT_VIEW.mode) out.set('mode', view.mode);
  if (view.pageSize !== DEFAULT_VIEW.pageSize) out.set('pageSize', String(view.pageSize));
  if (view.page !== 1) out.set('page', String(view.page));
  return out;
}

export type FilterValue = string | number | string[];

/** The filter part as the API's filter object (for bulk actions). */
export function filterOf(view: ReviewView): Record<string, FilterValue> {
  const filter: Record<string, FilterValue> = {};
  if (view.batch) filter.batch = view.batch;
  if (view.status) filter.status = view.status;
  if (view.scenario) filter.scenario = view.scenario;
  if (view.element) filter.element = view.element;
  if (view.coherenceMin !== null) filter.coherenceMin = view.coherenceMin;
  if (view.coherenceMax !== null) filter.coherenceMax = view.coherenceMax;
  if (view.duplicate) filter.duplicate = view.duplicate;
  if (view.kind) filter.kind = view.kind;
  if (view.verify.length > 0) filter.verify = view.verify;
  if (view.difficulty.length > 0) filter.difficulty = view.difficulty;
  if (view.coverageMin !== null) filter.coverageMin = view.coverageMin;
  return filter;
}

/** Query string of GET /api/review/problems for this view's filter and sort. */
export function listSearch(view: ReviewView, offset: number, limit: number): string {
  const params = new URLSearchParams(
    Object.entries(filterOf(view)).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
  );
  params.set('sort', view.sort);
  params.set('offset', String(offset));
  params.set('limit', String(limit));
  return params.toString();
}

/** Whether a problem with this status still belongs to the view's queue after a review action. */
export function stillMatches(view: ReviewView, status: ProblemStatus): boolean {
  return view.status === null || view.status === status;
}

/** The filter in words, e.g. "batch = b-1, coherence ≤ 0.2" (confirmations and empty states). */
export function describeFilter(view: ReviewView): string {
  const parts = Object.entries(filterOf(view)).map(([key, value]) =>
    Array.isArray(value)
      ? `${key} ∈ {${value.join(', ')}}`
      : key === 'coverageMin'
        ? `coverage ≥ ${value} %`
        : key === 'coherenceMin'
          ? `coherence ≥ ${value}`
          : key === 'coherenceMax'
            ? `coherence ≤ ${value}`
            : `${key} = ${value}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'all problems';
}

/** "Clear filters": every filter off, back on the pending queue; sort and mode stay. */
export function clearedView(view: ReviewView): ReviewView {
  const { sort, mode, pageSize } = view;
  return { ...DEFAULT_VIEW, sort, mode, pageSize };
}

/** Whether any filter besides the status is set. */
export const hasFilters = (view: ReviewView) => Object.keys(filterOf(view)).some((key) => key !== 'status');

/** What an export holds: everything, the filtered batch, or the review filter's matches (its status aside). */
export type ExportScope = 'all' | 'batch' | 'filter';

/** Query string of GET /api/export for a scope of this view, with the export's own status, format and flag. */
export function exportSearch(
  scope: ExportScope,
  view: ReviewView,
  options: { status: string; format: string; verified: boolean },
): string {
  const params = new URLSearchParams({ status: options.status, format: options.format });
  if (scope === 'batch' && view.batch) params.set('batch', view.batch);
  if (scope === 'filter')
    for (const [key, value] of Object.entries(filterOf(view)))
      if (key !== 'status') params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  if (options.verified) params.set('verified', '1');
  return params.toString();
}
