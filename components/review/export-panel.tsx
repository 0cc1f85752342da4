'use client';

import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/review/schemas';
import { PROBLEM_STATUSES } from '@/lib/review/types';

const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  sft: 'SFT chat messages',
  full: 'full metadata',
  triplet: 'triplets (question, solution, tests)',
};

/** Download the approved (or other) problems as JSONL, streamed by the server. */
export function ExportPanel({ batch }: { batch: string | null }) {
  const [format, setFormat] = useState<ExportFormat>('sft');
  const [status, setStatus] = useState<string>('approved');
  const [onlyBatch, setOnlyBatch] = useState(true);
  const [verified, setVerified] = useState(false);
  const params = new URLSearchParams({ status, format });
  if (batch && onlyBatch) params.set('batch', batch);
  if (verified) params.set('verified', '1');
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
      {batch ? (
        <label className="check">
          <input type="checkbox" checked={onlyBatch} onChange={(event) => setOnlyBatch(event.target.checked)} /> this
          batch only
        </label>
      ) : null}
      <a className="button" href={`/api/export?${params}`} download>
        Download JSONL
      </a>
    </div>
  );
}
