'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { getQueryClient } from '@/components/ui/query-client';

// Zod's compiled parsers probe with `new Function`, which the nonce CSP (no 'unsafe-eval') reports as a violation.
z.config({ jitless: true });

export function Providers({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
