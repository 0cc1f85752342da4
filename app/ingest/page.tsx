import type { Metadata } from 'next';
import { IngestWorkbench } from '@/components/ingest/ingest-workbench';
import '@/components/ingest/ingest.css';

export const metadata: Metadata = { title: 'Ingest · SCoGen Studio' };

export default function IngestPage() {
  return <IngestWorkbench />;
}
