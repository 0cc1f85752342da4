import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { pageIdentity } from '@/lib/auth/page';

export const metadata: Metadata = { title: 'Sign in · SCoGen Studio' };

/** Only our own paths: `next` comes from the address bar, so an absolute or protocol-relative URL goes home. */
function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const next = safeNext((await searchParams).next);
  const { actor, mode } = await pageIdentity();
  if (actor && actor.via === 'session') redirect(next);
  if (mode === 'local')
    return (
      <section className="sign-in">
        <h1>No sign-in needed</h1>
        <p>
          No users exist yet, so this app runs in <strong>local mode</strong>: on this machine you are its single admin.
          To share it with a team, add an admin and sign in:
        </p>
        <pre>npm run users -- add --role admin you@example.com</pre>
        <p>
          <Link href="/">Go to the overview</Link>
        </p>
      </section>
    );
  return (
    <section className="sign-in">
      <h1>Sign in</h1>
      <p className="muted">This SCoGen Studio is in team mode. Ask an admin for an account.</p>
      <SignInForm next={next} />
    </section>
  );
}
