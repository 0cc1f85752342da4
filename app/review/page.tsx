import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReviewWorkbench } from '@/components/review/review-workbench';
// Explore's styles cover the document viewer and link buttons the focus view reuses.
import '@/components/review/review.css';

export const metadata: Metadata = { title: 'Review · SCoGen Studio' };

export default function ReviewPage() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <ReviewWorkbench />
    </Suspense>
  );
}
