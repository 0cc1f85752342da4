'use client';

import { useState } from 'react';
import type { Identity } from './identity';

/** Who is signed in (team mode) or that this is local single-user mode, with Sign out. */
export function AccountBadge({ identity }: { identity: Identity }) {
  const [error, setError] = useState<string | null>(null);
  const { actor, mode } = identity;
  if (mode === 'local')
    return (
      <span
        className="account-badge local"
        data-testid="account-badge"
        title="No users exist yet, so this app on localhost is yours alone: you act as its admin. Add a user (npm run users -- add --role admin <email>) to switch to team mode with sign-in."
      >
        Local mode · single-user admin
      </span>
    );
  if (!actor) return null;
  const signOut = async () => {
    setError(null);
    const response = await fetch('/api/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) return setError(`Sign-out failed (HTTP ${response.status}).`);
    // A full load on purpose: it drops every cached query and renders the layout for the signed-out visitor.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign('/sign-in');
  };
  return (
    <span className="account-badge" data-testid="account-badge">
      <span title={actor.email ?? undefined}>
        {actor.name} · <span className="account-role">{actor.role}</span>
      </span>
      {actor.via === 'session' ? (
        <button type="button" className="account-sign-out" onClick={() => void signOut()}>
          Sign out
        </button>
      ) : null}
      {error ? <span role="alert">{error}</span> : null}
    </span>
  );
}
