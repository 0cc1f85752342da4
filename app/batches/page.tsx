import type { Metadata } from 'next';
import { BatchesList } from '@/components/batches/batches-list';
import '@/components/batches/batches.css';

export const metadata: Metadata = { title: 'Batches · SCoGen Studio' };

export default function BatchesPage() {
  return <BatchesList />;
}
