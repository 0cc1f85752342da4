'use client';

import { REASON_LABELS, REASON_TAGS, type ReasonTag } from '@/lib/review/types';

export interface Rejection {
  reasons: ReasonTag[];
  note: string;
}

export const toggleReason = (value: Rejection, tag: ReasonTag): Rejection => ({
  ...value,
  reasons: value.reasons.includes(tag) ? value.reasons.filter((r) => r !== tag) : [...value.reasons, tag],
});

/** Why a rejection is valid to send: at least one tag, and a note with "other". */
export function rejectionProblem(value: Rejection): string | null {
  if (value.reasons.length === 0) return 'Pick at least one reason.';
  if (value.reasons.includes('other') && !value.note.trim()) return 'Say what "other" means in the note.';
  return null;
}

/** Reason tags (keys 1–5 toggle them) and a note. */
export function ReasonPicker({ value, onChange }: { value: Rejection; onChange(value: Rejection): void }) {
  return (
    <fieldset className="reason-picker">
      <legend>Reasons</legend>
      {REASON_TAGS.map((tag, i) => (
        <label key={tag} className="check">
          <input
            type="checkbox"
            checked={value.reasons.includes(tag)}
            onChange={() => onChange(toggleReason(value, tag))}
          />
          {REASON_LABELS[tag]} <kbd>{i + 1}</kbd>
        </label>
      ))}
      <label className="stacked">
        Note {value.reasons.includes('other') ? '(required with "other")' : '(optional)'}
        <textarea
          rows={2}
          value={value.note}
          maxLength={2000}
          onChange={(event) => onChange({ ...value, note: event.target.value })}
        />
      </label>
    </fieldset>
  );
}

/** Keys 1–5 toggle the reasons unless the note has focus; returns whether the key was used. */
export function reasonKey(
  event: { key: string; target: EventTarget | null },
  value: Rejection,
  onChange: (value: Rejection) => void,
): boolean {
  if (event.target instanceof HTMLTextAreaElement) return false;
  const index = Number(event.key) - 1;
  const tag = REASON_TAGS[index];
  if (!Number.isInteger(index) || !tag) return false;
  onChange(toggleReason(value, tag));
  return true;
}
