'use client';

import { useState } from 'react';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  className?: string;
  onCommit(value: number): void;
}

/**
 * A number input that keeps what is being typed ("0." on the way to "0.5") and commits only
 * values inside [min, max]; leaving the field shows the committed value again.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  step = 1,
  integer = false,
  className,
  onCommit,
}: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(value);
  const parsed = Number(text);
  const invalid =
    text.trim() === '' ||
    !Number.isFinite(parsed) ||
    parsed < min ||
    parsed > max ||
    (integer && !Number.isInteger(parsed));
  return (
    <label className={className ?? 'field'}>
      <span>{label}</span>
      <input
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={invalid || undefined}
        title={invalid ? `${min} to ${max}${integer ? ', whole numbers' : ''}` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const n = Number(next);
          if (next.trim() !== '' && Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n)))
            onCommit(n);
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}
