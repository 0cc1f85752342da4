import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SamplerWorkbench } from '@/components/sampler/sampler-workbench';
import '@/components/sampler/sampler.css';

export const metadata: Metadata = { title: 'Sampler · SCoGen Studio' };

export default function SamplerPage() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <SamplerWorkbench />
    </Suspense>
  );
}
