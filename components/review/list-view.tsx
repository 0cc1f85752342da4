'use client';

import { PAGE_SIZES } from '@/lib/review/schemas';
import type { ProblemPage } from '@/lib/review/types';
import { formatTime } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import {
  DifficultyBadge,
  formatPercent,
  UnsandboxedLabel,
  VerificationBadge,
  VerifyStateBadge,
} from './verification-badges';
import type { ReviewView } from './view-state';

/** A page of the queue (25, 50 or 100 rows); a click opens the problem in the focus view. */
export function ListView({
  view,
  page,
  onOpen,
  onChange,
}: {
  view: ReviewView;
  page: ProblemPage;
  onOpen(index: number): void;
  onChange(change: Partial<ReviewView>): void;
}) {
  const pages = Math.max(1, Math.ceil(page.total / view.pageSize));
  return (
    <section className="list-view" aria-label="Problem list">
      <table className="table review-table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Scenario</th>
            <th scope="col">Batch</th>
            <th scope="col" className="num">
              Coherence
            </th>
            <th scope="col">Status</th>
            <th scope="col">Verification</th>
            <th scope="col">Difficulty</th>
            <th scope="col" className="num">
              Coverage
            </th>
            <th scope="col">Reviewer</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((item, index) => (
            <tr key={item.key}>
              <td>
                <button type="button" className="link" onClick={() => onOpen(index)}>
                  {item.title}
                </button>
                {item.duplicate ? <span className="review-flag"> dup</span> : null}
                {item.kind === 'case2code' ? <span className="muted small"> · Case2Code</span> : null}
                {item.kind === 'codebase' ? <span className="muted small"> · code {item.family}</span> : null}
                {item.revision > 0 ? <span className="muted small"> · r{item.revision}</span> : null}
              </td>
              <td>{item.scenarioName}</td>
              <td>
                <code className="small">{item.batchId}</code> #{item.index}
              </td>
              <td className="num">{item.coherence === null ? '—' : item.coherence.toFixed(3)}</td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td>
                <VerificationBadge verification={item.verification} />{' '}
                <VerifyStateBadge verification={item.verification} />
                <UnsandboxedLabel verification={item.verification} />
              </td>
              <td>
                <DifficultyBadge difficulty={item.verification.difficulty} />
              </td>
              <td className="num">{formatPercent(item.verification.coverage)}</td>
              <td>{item.reviewer ?? '—'}</td>
              <td className="small">{formatTime(item.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Pages">
        <button type="button" disabled={view.page <= 1} onClick={() => onChange({ page: view.page - 1 })}>
          Previous page
        </button>
        <span>
          Page {Math.min(view.page, pages)} of {pages}
        </span>
        <button type="button" disabled={view.page >= pages} onClick={() => onChange({ page: view.page + 1 })}>
          Next page
        </button>
        <label>
          Per page{' '}
          <select
            value={view.pageSize}
            onChange={(event) => onChange({ pageSize: Number(event.target.value) as ReviewView['pageSize'], page: 1 })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </section>
  );
}
