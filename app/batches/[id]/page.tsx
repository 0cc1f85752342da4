import type { Metadata } from 'next';
import { BatchView } from '@/components/batches/batch-view';
import '@/components/batches/batches.css';

export const metadata: Metadata = { title: 'Batch · SCoGen Studio' };

export default async function BatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <BatchView id={id} />;
}
