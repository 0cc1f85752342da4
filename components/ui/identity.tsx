'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { allows, type Access, type Actor } from '@/lib/domain/roles';

// Who is using the app, as the server saw it when it rendered the page (app/layout.tsx). The UI hides what
// the role cannot do; the API refuses it regardless (lib/api/respond.ts `handle`).

export interface Identity {
  actor: Actor | null;
  mode: 'local' | 'team';
}

const IdentityContext = createContext<Identity>({ actor: null, mode: 'local' });

export function IdentityProvider({ value, children }: { value: Identity; children: ReactNode }) {
  return <IdentityContext.Provider value={value}>{children}</IdentityContext.Provider>;
}

export function useIdentity(): Identity {
  return useContext(IdentityContext);
}

/** Whether the current user may do what `access` needs (false when signed out). */
export function useCan(access: Access): boolean {
  const { actor } = useIdentity();
  return actor !== null && allows(actor.role, access);
}

/** Says why a control is missing: "Launching a batch needs the admin role; you are a reviewer." */
export function RoleNote({ need, action }: { need: Access; action: string }) {
  const { actor } = useIdentity();
  return (
    <p className="muted role-note" data-testid="role-note">
      {action} needs the {need} role{actor ? `; you are a ${actor.role}` : ''}.
    </p>
  );
}
