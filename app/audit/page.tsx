import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AdminsOnly } from '@/components/audit/admins-only';
import { AuditView } from '@/components/audit/audit-view';
import { requirePageAccess } from '@/lib/auth/page';
import { allows } from '@/lib/domain/roles';

export const metadata: Metadata = { title: 'Audit · SCoGen Studio' };

/** The audit log for admins; anyone else signed in is told it is for admins (GET /api/audit answers them 403). */
export default async function AuditPage() {
  const { actor } = await requirePageAccess('viewer');
  // No actor: the database did not answer, and the layout says so in place of the page.
  if (!actor) return null;
  if (!allows(actor.role, 'admin')) return <AdminsOnly name={actor.name} role={actor.role} />;
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <AuditView />
    </Suspense>
  );
}
