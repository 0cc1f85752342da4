import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { neighbourhoodQuery } from '@/components/graph/queries';
import { ExploreWorkbench } from '@/components/graph/explore-workbench';
import { requirePageAccess } from '@/lib/auth/page';
import { neighbourhoodOf } from '@/lib/graph/explore';
import { neighbourhoodQuerySchema } from '@/lib/schemas/explore';
import { parseExploreView } from '@/lib/schemas/explore-view';
import '@/components/graph/explore.css';

export const metadata: Metadata = { title: 'Explore · SCoGen Studio' };

type SearchParams = Record<string, string | string[] | undefined>;

function toUrlParams(params: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.append(key, v);
  }
  return out;
}

/** Reads the focus neighbourhood while rendering, so a shared link draws without a second round trip. */
async function prefetched(params: SearchParams): Promise<QueryClient> {
  const client = new QueryClient();
  const view = parseExploreView(toUrlParams(params));
  if (!view.focus) return client;
  const query = neighbourhoodQuerySchema.safeParse({
    id: view.focus,
    limit: String(view.limit),
    hops: String(view.hops),
  });
  if (!query.success) return client;
  try {
    client.setQueryData(
      neighbourhoodQuery(view.focus, view.limit, view.hops).queryKey,
      await neighbourhoodOf(query.data),
    );
  } catch {
    // Unknown element or database trouble: the browser asks again and shows the error.
  }
  return client;
}

export default async function ExplorePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageAccess();
  const client = await prefetched(await searchParams);
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <ExploreWorkbench />
      </Suspense>
    </HydrationBoundary>
  );
}
