import { useId, type ReactNode } from 'react';

/** A term ("NPMI", "λ") with its explanation, shown on hover and on keyboard focus and read as its description. */
export function TermHint({ term, children }: { term: ReactNode; children: string }) {
  const id = useId();
  return (
    <span className="term-hint">
      <abbr tabIndex={0} aria-describedby={id}>
        {term}
      </abbr>
      <span role="tooltip" id={id} className="term-hint-text">
        {children}
      </span>
    </span>
  );
}
