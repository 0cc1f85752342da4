import type { ReactNode } from 'react';

/** One row of a definition list (use inside `<dl className="param-list">`). */
export function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
