import type { BatchSummary } from '@/lib/synthesis/types';
import { formatCount, progressShares } from './format';

type Counts = Pick<BatchSummary, 'name' | 'count' | 'done' | 'failed' | 'inFlight'>;

/** Done, failed and in-flight items as stacked segments of one bar. */
export function ProgressBar({ batch, large = false }: { batch: Counts; large?: boolean }) {
  const shares = progressShares(batch);
  const finished = batch.done + batch.failed;
  const text = `${formatCount(batch.done)} done, ${formatCount(batch.failed)} failed, ${formatCount(batch.inFlight)} in flight of ${formatCount(batch.count)}`;
  return (
    <div
      className={large ? 'batch-progress large' : 'batch-progress'}
      role="progressbar"
      aria-label={`Progress of ${batch.name}`}
      aria-valuemin={0}
      aria-valuemax={batch.count}
      aria-valuenow={Math.min(finished, batch.count)}
      aria-valuetext={text}
      title={text}
    >
      <span className="segment done" style={{ width: `${shares.done}%` }} />
      <span className="segment failed" style={{ width: `${shares.failed}%` }} />
      <span className="segment in-flight" style={{ width: `${shares.inFlight}%` }} />
    </div>
  );
}

export function ProgressLegend() {
  return (
    <span className="progress-legend" aria-hidden="true">
      <span><i className="swatch done" /> done</span>
      <span><i className="swatch failed" /> failed</span>
      <span><i className="swatch in-flight" /> in flight</span>
    </span>
  );
}
