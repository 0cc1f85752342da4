'use client';

import { useId } from 'react';
import { errorProps, FieldError } from '@/components/ui/field-error';
import { acceptsNumber, numberProblem, parseNumber, type NumberRule } from './form-rules';

interface NumberFieldProps {
  label: string;
  /** What the error names ("Temperature must be …"); the label by default. */
  subject?: string;
  value: number;
  rule: NumberRule;
  /** What is typed, while it differs from `value` (kept, never reverted, until it is valid and the field is left). */
  draft: string | undefined;
  step?: number;
  className?: string;
  /** More descriptions of the input (a rule across fields). */
  describedBy?: string;
  onDraft(text: string | undefined): void;
  onCommit(value: number): void;
}

/**
 * A number input that commits only values its rule accepts; anything else stays in the field with
 * its error in words below, and leaving the field keeps it.
 */
export function NumberField({
  label,
  subject = label,
  value,
  rule,
  draft,
  step = 1,
  className,
  describedBy,
  onDraft,
  onCommit,
}: NumberFieldProps) {
  const id = useId();
  const text = draft ?? String(value);
  const error = draft === undefined ? null : numberProblem(subject, draft, rule);
  return (
    <div className={className ?? 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={rule.integer ? 'numeric' : 'decimal'}
        min={rule.min}
        max={rule.max}
        step={step}
        value={text}
        {...errorProps(`${id}-error`, error, [describedBy])}
        onChange={(event) => {
          const next = event.target.value;
          onDraft(next);
          const n = parseNumber(next);
          if (acceptsNumber(rule, n)) onCommit(n);
        }}
        onBlur={() => {
          if (draft !== undefined && acceptsNumber(rule, parseNumber(draft))) onDraft(undefined);
        }}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
