import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SamplerWorkbench } from '@/components/sampler/sampler-workbench';
import { scenariosQuery } from '@/components/sampler/queries';
import { requirePageAccess } from '@/lib/auth/page';
import { listScenarios } from '@/lib/sampler/sampler';
import '@/components/sampler/sampler.css';
import '@/components/batches/batches.css';
import { CodeSamplerWithLaunch } from './code-sampler-launch';

export const metadata: Metadata = { title: 'Sampler · SCoGen Studio' };

/**
 * The scenario list is read while rendering: the form then starts from the top scenario at once, and
 * its chart, preview and sweep are asked for right after hydration instead of after a round trip and
 * the form's 300 ms debounce.
 */
async function prefetched(): Promise<QueryClient> {
  const client = new QueryClient();
  try {
    client.setQueryData(scenariosQuery().queryKey, await listScenarios());
  } catch {
    // Database trouble: the browser asks again and shows the error.
  }
  return client;
}

export default async function SamplerPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageAccess();
  // ?source=codebase: the codebase mode (README, Sampler, "Code graphs"); its data loads in the browser.
  if ((await searchParams).source === 'codebase')
    return (
      <Suspense fallback={<p role="status">Loading…</p>}>
        <CodeSamplerWithLaunch />
      </Suspense>
    );
  const client = await prefetched();
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <SamplerWorkbench />
      </Suspense>
    </HydrationBoundary>
  );
}
