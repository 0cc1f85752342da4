import Link from 'next/link';
import type { AuditTarget } from '@/lib/audit/types';

const batchOfProblem = (key: string) => key.slice(0, Math.max(0, key.lastIndexOf('/')));

/** Where an event's target lives in the app: a batch page, a problem in the review queue, or plain text. */
export function targetHref(target: AuditTarget): string | null {
  const colon = target.indexOf(':');
  if (colon < 0) return null;
  const kind = target.slice(0, colon);
  const id = target.slice(colon + 1);
  if (kind === 'batch') return `/batches/${encodeURIComponent(id)}`;
  if (kind === 'problem')
    return `/review?${new URLSearchParams({ batch: batchOfProblem(id), status: 'all', focus: id })}`;
  if (kind === 'ingest') return '/ingest';
  if (kind === 'preset') return '/sampler';
  return null;
}

export function TargetLink({ target }: { target: AuditTarget }) {
  const href = targetHref(target);
  const label = target === 'problems' ? 'problems (several batches)' : target;
  return href ? <Link href={href}>{label}</Link> : <span>{label}</span>;
}
