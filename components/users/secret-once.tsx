'use client';

import { useId, useState } from 'react';

/** A password or token shown this one time, with a copy button; the server keeps only its hash. */
export function SecretOnce({ label, value, onDismiss }: { label: string; value: string; onDismiss?: () => void }) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="notice secret-once">
      <label htmlFor={id}>{label}</label>
      <div className="secret-row">
        <input
          id={id}
          type="text"
          readOnly
          value={value}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
        {onDismiss ? (
          <button type="button" className="button" onClick={onDismiss}>
            Done
          </button>
        ) : null}
      </div>
      <p className="note">
        It will not be shown again: copy it now. {copied === 'yes' ? <span role="status">Copied.</span> : null}
        {copied === 'failed' ? (
          <span role="status">Copying is blocked here; select the text and copy it by hand.</span>
        ) : null}
      </p>
    </div>
  );
}
