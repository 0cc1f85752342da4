'use client';

import { useState, type FormEvent } from 'react';

interface Failure {
  message: string;
  field?: 'email' | 'password';
}

/** Better Auth answers errors as {code, message}; our throttle as {error}. */
async function failureOf(response: Response): Promise<Failure> {
  const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string; code?: string };
  if (response.status === 429) return { message: body.error ?? 'Too many attempts; wait a few minutes and try again.' };
  if (response.status === 401 || body.code === 'INVALID_EMAIL_OR_PASSWORD')
    return { message: 'That e-mail address and password do not match an account.', field: 'password' };
  if (body.code === 'INVALID_EMAIL') return { message: 'Enter a valid e-mail address.', field: 'email' };
  return { message: body.message ?? body.error ?? `Sign-in failed (HTTP ${response.status}).` };
}

export function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: email.trim(), password, rememberMe: true }),
      });
      if (!response.ok) {
        setFailure(await failureOf(response));
        return;
      }
      // A full load: the layout renders again with the new session (header, roles).
      window.location.assign(next);
    } catch {
      setFailure({ message: 'The app did not answer; is it still running?' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sign-in-form" aria-label="Sign in" onSubmit={(event) => void submit(event)} noValidate>
      <label>
        E-mail
        <input
          type="email"
          name="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={failure?.field === 'email' || undefined}
        />
      </label>
      <label>
        Password
        <input
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={failure?.field === 'password' || undefined}
        />
      </label>
      {failure ? (
        <p role="alert" className="field-error">
          {failure.message}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={busy || email.trim() === '' || password === ''}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
