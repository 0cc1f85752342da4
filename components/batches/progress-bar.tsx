import type { BatchSummary } from '@/lib/synthesis/types';
import { formatCount } from '@/components/ui/format';
import { ProgressBar } from '@/components/ui/progress-bar';

type Counts = Pick<BatchSummary, 'name' | 'count' | 'done' | 'failed' | 'inFlight'>;

/** Done, failed and in-flight items of a batch as stacked segments of one bar. */
export function BatchProgressBar({ batch, large = false }: { batch: Counts; large?: boolean }) {
  return (
    <ProgressBar
      label={`Progress of ${batch.name}`}
      total={batch.count}
      value={batch.done + batch.failed}
      valueText={`${formatCount(batch.done)} done, ${formatCount(batch.failed)} failed, ${formatCount(batch.inFlight)} in flight of ${formatCount(batch.count)}`}
      large={large}
      segments={[
        { name: 'done', value: batch.done },
        { name: 'failed', value: batch.failed },
        { name: 'in-flight', value: batch.inFlight },
      ]}
    />
  );
}

export function ProgressLegend() {
  return (
    <span className="progress-legend" aria-hidden="true">
      <span>
        <i className="swatch done" /> done
      </span>
      <span>
        <i className="swatch failed" /> failed
      </span>
      <span>
        <i className="swatch in-flight" /> in flight
      </span>
    </span>
  );
}
