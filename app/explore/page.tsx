import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Suspense } from 'react';
import { codeNeighbourhoodQuery } from '@/components/graph/code-queries';
import { neighbourhoodQuery } from '@/components/graph/queries';
import { ExploreWorkbench } from '@/components/graph/explore-workbench';
import { requirePageAccess } from '@/lib/auth/page';
import type { ServerLayout } from '@/components/graph/layout-client';
import { serverLayout } from '@/components/graph/server-layout';
import { codeNeighbourhoodOf } from '@/lib/codebase/explore';
import { neighbourhoodOf } from '@/lib/graph/explore';
import { codeNeighbourhoodQuerySchema } from '@/lib/schemas/codebase-explore';
import { neighbourhoodQuerySchema } from '@/lib/schemas/explore';
import { codebaseOfGraph, parseExploreView } from '@/lib/schemas/explore-view';
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

/**
 * Reads the focus neighbourhood while rendering, so a shared link draws without a second round trip; on
 * a document request (not a client-side navigation, which lays out in the browser) also starts its layout.
 */
async function prefetched(
  params: SearchParams,
  document: boolean,
): Promise<{ client: QueryClient; layout: Promise<ServerLayout> | null }> {
  const client = new QueryClient();
  const view = parseExploreView(toUrlParams(params));
  if (!view.focus) return { client, layout: null };
  if (codebaseOfGraph(view.graph) !== null) {
    // A code graph: its data is read here too (a small view, laid out in the browser).
    const query = codeNeighbourhoodQuerySchema.safeParse({
      id: view.focus,
      limit: String(view.limit),
      hops: String(view.hops),
    });
    if (!query.success) return { client, layout: null };
    try {
      const neighbourhood = await codeNeighbourhoodOf(query.data);
      client.setQueryData(codeNeighbourhoodQuery(view.focus, view.limit, view.hops).queryKey, neighbourhood);
    } catch {
      // Unknown node or database trouble: the browser asks again and shows the error.
    }
    return { client, layout: null };
  }
  const query = neighbourhoodQuerySchema.safeParse({
    id: view.focus,
    limit: String(view.limit),
    hops: String(view.hops),
  });
  if (!query.success) return { client, layout: null };
  try {
    const neighbourhood = await neighbourhoodOf(query.data);
    client.setQueryData(neighbourhoodQuery(view.focus, view.limit, view.hops).queryKey, neighbourhood);
    return { client, layout: document ? serverLayout(neighbourhood, view.dismissed, view.focus) : null };
  } catch {
    // Unknown element or database trouble: the browser asks again and shows the error.
    return { client, layout: null };
  }
}

export default async function ExplorePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageAccess();
  // Next's client-side navigations send `rsc: 1`; a document request (a shared link, a reload) does not.
  const document = (await headers()).get('rsc') !== '1';
  const { client, layout } = await prefetched(await searchParams, document);
  return (
    <HydrationBoundary state={dehydrate(client)}>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <ExploreWorkbench serverLayout={layout} />
      </Suspense>
    </HydrationBoundary>
  );
}
