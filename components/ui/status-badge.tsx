/** A status (a batch's, a problem's) as a coloured pill; the colours by status live in kit.css. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`status-badge ${status}`}>{status}</span>;
}
