import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExploreWorkbench } from '@/components/graph/explore-workbench';
import '@/components/graph/explore.css';

export const metadata: Metadata = { title: 'Explore · SCoGen Studio' };

export default function ExplorePage() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <ExploreWorkbench />
    </Suspense>
  );
}
