import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { DatabaseUnavailable } from '@/components/home/database-unavailable';
import { Providers } from '@/components/providers';
import { IdentityProvider } from '@/components/ui/identity';
import { NavFrame } from '@/components/ui/nav-frame';
import { pageIdentity, PATH_HEADER } from '@/lib/auth/page';
import { serverEnv } from '@/lib/env';
import './globals.css';
import '@/components/ui/kit.css';
import '@/components/shared/shared.css';

// Every page renders per request: proxy.ts puts a fresh CSP nonce on each, and a prerendered page would carry none.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'SCoGen Studio',
  description:
    'Turn real-world programming documents into realistic code problems: explore, sample, synthesize, review.',
};

/** Pages anyone may see: signing in. */
const OPEN_PATHS = new Set(['/sign-in']);

export default async function RootLayout({ children }: { children: ReactNode }) {
  const identity = await pageIdentity();
  const path = (await headers()).get(PATH_HEADER) ?? '/';
  // Team mode and signed out: everything but the sign-in page sends there (pages that read data on the server
  // check again themselves, since a client-side navigation does not render this layout anew).
  if (!identity.actor && !identity.unavailable && !OPEN_PATHS.has(path.split('?')[0]!))
    redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  const env = serverEnv();
  return (
    <html lang="en">
      <body>
        <Providers>
          <IdentityProvider value={identity}>
            <NavFrame identity={identity}>
              {identity.unavailable ? (
                <DatabaseUnavailable uri={env.neo4jUri} local={env.neo4jIsLocal} message={identity.unavailable} />
              ) : (
                children
              )}
            </NavFrame>
          </IdentityProvider>
        </Providers>
      </body>
    </html>
  );
}
