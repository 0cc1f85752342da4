import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemPage } from '@/components/batches/problem-page';
import '@/components/batches/batches.css';

export const metadata: Metadata = { title: 'Problem · SCoGen Studio' };

export default async function BatchProblemPage({ params }: { params: Promise<{ id: string; index: string }> }) {
  const { id, index } = await params;
  const n = Number(index);
  if (!Number.isInteger(n) || n < 0) notFound();
  return <ProblemPage batchId={id} index={n} />;
}
