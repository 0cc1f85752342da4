import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { NavFrame } from '@/components/ui/nav-frame';
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <NavFrame>{children}</NavFrame>
        </Providers>
      </body>
    </html>
  );
}
