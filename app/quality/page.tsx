import type { Metadata } from 'next';
import { QualityView } from '@/components/quality/quality-view';
import '@/components/quality/quality.css';

export const metadata: Metadata = { title: 'Quality · SCoGen Studio' };

export default function QualityPage() {
  return <QualityView />;
}
