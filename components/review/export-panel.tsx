'use client';

import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/review/schemas';
import { PROBLEM_STATUSES } from '@/lib/review/types';
import { describeFilter, exportSearch, type ExportScope, type ReviewView } from './view-state';

const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  sft: 'SFT chat messages',
  full: 'full metadata',
  triplet: 'triplets (question, solution, tests)',
};

/**
 * Download problems as JSONL, streamed by the server, in batch then item order: everything, the filtered batch,
 * or whatever else the review filter narrows to (its status aside: the export has its own, approved by default).
 */
export function ExportPanel({ view, invalidFilter }: { view: ReviewView; invalidFilter: string }) {
  const [format, setFormat] = useState<ExportFormat>('sft');
  const [status, setStatus] = useState<string>('approved');
  // null: this batch when the review filter has one, else everything.
  const [chosen, setChosen] = useState<ExportScope | null>(null);
  const [verified, setVerified] = useState(false);
  const scope: ExportScope = chosen === 'batch' && !view.batch ? 'all' : (chosen ?? (view.batch ? 'batch' : 'all'));
  const blocked = scope === 'filter' && invalidFilter !== '';
  const href = `/api/export?${exportSearch(scope, view, { status, format, verified })}`;
  return (
    <div className="export-panel" role="group" aria-label="Export">
      <label>
        Export
        <select value={status} onChange={(event) => setStatus(event.target.value)} aria-label="Export status">
          {[...PROBLEM_STATUSES, 'all'].map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <select
        value={scope}
        onChange={(event) => setChosen(event.target.value as ExportScope)}
        aria-label="Export scope"
        title={scope === 'filter' ? `problems matching ${describeFilter({ ...view, status: null })}` : undefined}
      >
        <option value="all">of every batch</option>
        {view.batch ? <option value="batch">of this batch ({view.batch})</option> : null}
        <option value="filter">matching the review filter</option>
      </select>
      <select
        value={format}
        onChange={(event) => setFormat(event.target.value as ExportFormat)}
        aria-label="Export format"
      >
        {EXPORT_FORMATS.map((f) => (
          <option key={f} value={f}>
            {FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
      <label className="check">
        <input type="checkbox" checked={verified} onChange={(event) => setVerified(event.target.checked)} /> verified
        only
      </label>
      {blocked ? (
        <button type="button" disabled title={invalidFilter}>
          Download JSONL
        </button>
      ) : (
        <a className="button" href={href} download>
          Download JSONL
        </a>
      )}
    </div>
  );
}
