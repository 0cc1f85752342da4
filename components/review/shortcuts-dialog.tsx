'use client';

import { Dialog } from '@/components/ui/dialog';

export const SHORTCUTS: Array<[string, string]> = [
  ['a', 'Approve'],
  ['r', 'Reject with reasons (then 1–5 toggle reasons, Enter rejects)'],
  ['e', 'Edit statement and answer (Ctrl+Enter saves, Esc cancels)'],
  ['v', 'Verify again (queue the problem for the sandbox)'],
  ['j', 'Next problem (skip)'],
  ['k', 'Previous problem'],
  ['?', 'Show these shortcuts'],
];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog className="review-dialog" aria-label="Keyboard shortcuts" onClose={onClose}>
      <h2>Keyboard shortcuts</h2>
      <table className="table compact">
        <tbody>
          {SHORTCUTS.map(([key, what]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close <kbd>Esc</kbd>
        </button>
      </form>
    </Dialog>
  );
}
