'use client';

import { useIdentity } from '@/components/ui/identity';
import { AddUserForm } from './add-user-form';
import { TokensPanel } from './tokens-panel';
import { UsersTable } from './users-table';

/** The admin page: users and their API tokens; in local mode only the form that adds the first admin. */
export function UsersAdmin() {
  const { mode } = useIdentity();
  const local = mode === 'local';
  return (
    <div className="users-admin">
      <header className="page-header">
        <h1>Users and API tokens</h1>
        <p className="muted">Who may sign in, with which role, and the tokens scripts use.</p>
      </header>
      <AddUserForm local={local} />
      {local ? null : (
        <>
          <UsersTable />
          <TokensPanel />
        </>
      )}
    </div>
  );
}
