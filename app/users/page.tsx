import type { Metadata } from 'next';
import { UsersAdmin } from '@/components/users/users-admin';
import { RoleNote } from '@/components/ui/identity';
import { requirePageAccess } from '@/lib/auth/page';
import { allows } from '@/lib/domain/roles';
import '@/components/users/users.css';

export const metadata: Metadata = { title: 'Users · SCoGen Studio' };

export default async function UsersPage() {
  // Signed-out visitors go to sign-in; a signed-in non-admin is told why there is nothing here, rather than
  // being sent to the overview without a word.
  const { actor } = await requirePageAccess('viewer');
  if (actor && !allows(actor.role, 'admin'))
    return (
      <section className="panel" aria-labelledby="users-denied">
        <h1 id="users-denied">Admins only</h1>
        <RoleNote need="admin" action="Managing users and API tokens" />
      </section>
    );
  return <UsersAdmin />;
}
