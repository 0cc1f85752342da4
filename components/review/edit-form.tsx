'use client';

import { useEffect, useRef, useState } from 'react';

export interface EditDraft {
  title: string;
  statement: string;
  answerCode: string;
  answerExplanation: string;
}

/** Edits title, statement and answer; Ctrl+Enter saves, Esc cancels. The draft survives a conflict. */
export function EditForm({
  initial,
  saving,
  onSave,
  onCancel,
}: {
  initial: EditDraft;
  saving: boolean;
  onSave(draft: EditDraft): void;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState(initial);
  const statement = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const area = statement.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);
  const set = (field: keyof EditDraft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: event.target.value });

  return (
    <form
      className="edit-form panel"
      aria-label="Edit problem"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onSave(draft);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label className="stacked">
        Title
        <input value={draft.title} onChange={set('title')} maxLength={300} />
      </label>
      <label className="stacked">
        Statement (markdown)
        <textarea ref={statement} rows={14} value={draft.statement} onChange={set('statement')} />
      </label>
      <label className="stacked">
        Answer (Python)
        <textarea rows={12} className="mono" value={draft.answerCode} onChange={set('answerCode')} spellCheck={false} />
      </label>
      <label className="stacked">
        Explanation
        <textarea rows={3} value={draft.answerExplanation} onChange={set('answerExplanation')} />
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save revision'} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
