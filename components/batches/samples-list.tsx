import Link from 'next/link';
import type { BatchDetail } from '@/lib/synthesis/types';
import { FeatureLinks } from '@/components/shared/element-links';
import { formatTime } from '@/components/ui/format';

/** The statement's opening without markdown emphasis and code markers (it may be cut mid-span). */
export const plainExcerpt = (excerpt: string) => excerpt.replace(/\*\*|__|`+/g, '').replace(/(^|\s)#{1,6}\s/g, '$1');

export const problemHref = (batchId: string, index: number) => `/batches/${batchId}/problems/${index}`;

/** The newest problems of the batch, each linking to its page. */
export function SamplesList({ batch }: { batch: BatchDetail }) {
  return (
    <section className="panel" aria-labelledby="samples-heading">
      <h2 id="samples-heading">Sample outputs</h2>
      {batch.samples.length === 0 ? (
        <p className="note">No problems yet.</p>
      ) : (
        <ol className="sample-list" aria-label="Newest problems">
          {batch.samples.map((sample) => (
            <li key={sample.key} className="sample">
              <div className="sample-head">
                <Link href={problemHref(batch.id, sample.index)}>
                  #{sample.index} {sample.title}
                </Link>
                <span className="note">
                  {sample.scenarioName} · coherence {sample.coherence === null ? '—' : sample.coherence.toFixed(3)} ·{' '}
                  {formatTime(sample.createdAt)}
                </span>
                {sample.flags.length > 0 ? (
                  <span className="flag" title={sample.flags.join('\n')}>
                    {sample.flags.length === 1 ? '1 flag' : `${sample.flags.length} flags`}
                  </span>
                ) : null}
              </div>
              <p className="sample-excerpt">{plainExcerpt(sample.excerpt)}</p>
              <FeatureLinks features={sample.features} label={`Features of problem ${sample.index}`} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
