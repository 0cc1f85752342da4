import type { Role } from '@/lib/domain/roles';

/** What the audit page shows anyone but an admin (its API answers them 403 as well). */
export function AdminsOnly({ name, role }: { name: string; role: Role }) {
  return (
    <div className="audit">
      <header className="page-header">
        <h1>Audit</h1>
      </header>
      <p role="alert" className="panel panel-error">
        Admins only: the audit log shows what every user did and the tokens they spent. {name} is a {role}; ask an admin
        for the admin role.
      </p>
    </div>
  );
}
